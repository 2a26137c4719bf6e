"""The gallery's table: one :class:`Entry` per architecture, in the order of the story.

Ideas are English sources translated in the ``Gallery`` context; years are those of the paper
that introduced the network (None for the textbook's own programs). ``reference`` holds the
figures the textbook (or Keras' applications table, the textbook's fig. 8-22) prints, which the
tests compare with the computed counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from visionagent.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Entry:
    """One architecture of the gallery (what it is, not its numbers)."""

    name: str  # the CLI value: visionagent architectures NAME
    title: str  # proper name, not translated ("VGG16")
    year: int | None
    idea: str  # English; shown through translate("Gallery", idea)
    input_shape: tuple[int, int, int]
    classes: int
    source: str  # how it is built: "trainer:ARCH", "keras:Constructor", "networks:function"
    trainable_here: bool = False  # this very network trains here (visionagent train)
    try_here: str = ""  # the `visionagent train` options that train it or its small version
    reference: dict = field(default_factory=dict)  # printed figures: parameters, depth…

    def idea_text(self) -> str:
        return translate("Gallery", self.idea)


ENTRIES: tuple[Entry, ...] = (
    Entry(
        "mlp",
        "MLP 784-512-10",
        1986,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Every pixel is connected to every hidden unit and the weights are learned by "
            "backpropagation; flattening the picture loses its 2-D structure.",
        ),
        (28, 28, 1),
        10,
        "trainer:mlp",
        trainable_here=True,
        try_here="--arch mlp",
    ),
    Entry(
        "deep-mlp",
        "Deep MLP (program 7-5)",
        None,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "More hidden layers (784-1024-512-512-10) train well with ReLU and Adam, but still "
            "see the picture as one row of numbers: the network the textbook's CNNs beat.",
        ),
        (28, 28, 1),
        10,
        "trainer:deep-mlp",
        trainable_here=True,
        try_here="--arch deep-mlp",
    ),
    Entry(
        "lenet5",
        "LeNet-5",
        1998,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Convolution and pooling layers that learn their filters, then fully connected "
            "layers: the CNN as we know it, reading bank cheques.",
        ),
        (28, 28, 1),
        10,
        "trainer:lenet5",
        trainable_here=True,
        try_here="--arch lenet5",
        reference={"parameters": 61_706, "where": "ch. 8 §8.2.2"},
    ),
    Entry(
        "cnn-v2",
        "Improved CNN (program 8-3)",
        None,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Pairs of 3×3 convolutions, max pooling and dropout: the textbook's digit "
            "recognizer for postal codes.",
        ),
        (28, 28, 1),
        10,
        "trainer:cnn-v2",
        trainable_here=True,
        try_here="--arch cnn-v2",
        reference={"parameters": 594_922, "where": "issue 14 (program 8-3)"},
    ),
    Entry(
        "cifar-cnn",
        "CIFAR-10 CNN (program 8-2)",
        None,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "The same layers on 32×32 colour photos: a CNN recognizes natural images far "
            "better than a deep MLP.",
        ),
        (32, 32, 3),
        10,
        "trainer:cifar-cnn",
        trainable_here=True,
        try_here="--dataset cifar10 --arch cifar-cnn",
        reference={"parameters": 890_410, "where": "issue 14 (program 8-2)"},
    ),
    Entry(
        "alexnet",
        "AlexNet",
        2012,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "A much larger CNN trained on GPUs with ReLU, dropout and data augmentation won "
            "ILSVRC 2012 and started the deep-learning boom.",
        ),
        (227, 227, 3),
        1000,
        "networks:alexnet",
    ),
    Entry(
        "vgg16",
        "VGG16",
        2014,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Only 3×3 convolutions, stacked 16 weight layers deep: two 3×3 layers see 5×5 and "
            "three see 7×7, with fewer weights than one large filter.",
        ),
        (224, 224, 3),
        1000,
        "keras:VGG16",
        try_here="--arch mini-vgg",
        reference={"parameters": 138_357_544, "parameters_m": 138.4, "depth": 16},
    ),
    Entry(
        "googlenet",
        "GoogLeNet (Inception v1)",
        2014,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Inception modules: 1×1, 3×3 and 5×5 convolutions and pooling side by side, with "
            "1×1 convolutions that first shrink the depth to keep the cost down.",
        ),
        (224, 224, 3),
        1000,
        "networks:googlenet",
        try_here="--arch mini-inception",
    ),
    Entry(
        "inceptionv3",
        "Inception v3",
        2015,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Inception modules with factorized convolutions (1×n then n×1) and batch "
            "normalization; the pretrained network of LAB 9-3.",
        ),
        (299, 299, 3),
        1000,
        "keras:InceptionV3",
        try_here="--arch mini-inception",
        reference={"parameters_m": 23.9, "depth": 189},
    ),
    Entry(
        "resnet34",
        "ResNet-34",
        2015,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Skip connections: each residual unit learns only what to add to its input, so "
            "very deep networks still train (Hands-On ML's ResNet-34, 10 classes).",
        ),
        (224, 224, 3),
        10,
        "networks:resnet34",
        try_here="--arch mini-resnet",
        reference={"parameters": 21_306_826, "where": "Hands-On ML ch. 14, model.summary()"},
    ),
    Entry(
        "resnet50",
        "ResNet-50",
        2015,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Bottleneck residual units (1×1 to shrink, 3×3, 1×1 to widen) make a 50-layer "
            "network lighter than VGG16; the pretrained network of program 8-6.",
        ),
        (224, 224, 3),
        1000,
        "keras:ResNet50",
        try_here="--arch mini-resnet",
        reference={"parameters": 25_636_712, "parameters_m": 25.6, "depth": 107},
    ),
    Entry(
        "xception",
        "Xception",
        2016,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Depthwise separable convolutions: one spatial filter per channel, then 1×1 "
            "convolutions that mix the channels, in residual modules.",
        ),
        (299, 299, 3),
        1000,
        "keras:Xception",
        try_here="--arch separable-cnn",
        reference={"parameters": 22_910_480, "parameters_m": 22.9, "depth": 81},
    ),
    Entry(
        "se-resnet50",
        "SE-ResNet-50 (SENet)",
        2017,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Squeeze-and-excitation blocks: each unit weighs its feature maps by what the whole "
            "picture contains, for about 10% more weights (ILSVRC 2017 winner).",
        ),
        (224, 224, 3),
        1000,
        "networks:se-resnet50",
        try_here="--arch mini-resnet",
    ),
    Entry(
        "densenet121",
        "DenseNet-121",
        2017,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Dense connections: every layer of a block receives the feature maps of all the "
            "layers before it; the backbone of program 8-7.",
        ),
        (224, 224, 3),
        1000,
        "keras:DenseNet121",
        trainable_here=True,
        try_here="--arch transfer --backbone densenet121",
        reference={"parameters": 8_062_504, "parameters_m": 8.1, "depth": 242},
    ),
    Entry(
        "mobilenetv2",
        "MobileNetV2",
        2018,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "Inverted residual blocks with linear bottlenecks, built from depthwise separable "
            "convolutions: a network made for phones.",
        ),
        (224, 224, 3),
        1000,
        "keras:MobileNetV2",
        trainable_here=True,
        try_here="--arch transfer --backbone mobilenet_v2",
        reference={"parameters_m": 3.5, "depth": 105},
    ),
    Entry(
        "efficientnet-lite0",
        "EfficientNet-Lite0",
        2019,
        QT_TRANSLATE_NOOP(
            "Gallery",
            "EfficientNet scales depth, width and resolution together; the Lite version drops "
            "SE blocks and swish for mobile chips. VisionAgent's ImageNet recognizer.",
        ),
        (224, 224, 3),
        1000,
        "networks:efficientnet-lite0",
        trainable_here=True,
        try_here="--arch transfer --backbone efficientnet-lite0",
    ),
)

ENTRY_BY_NAME: dict[str, Entry] = {entry.name: entry for entry in ENTRIES}
