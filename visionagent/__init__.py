"""VisionAgent: learn convolutional neural networks by using them."""

__version__ = "0.1.0"
APP_NAME = "VisionAgent"
ORG_NAME = "VisionAgent"
ORG_DOMAIN = "visionagent.org"
