"""The computing core of VisionAgent: NumPy, OpenCV and Keras only, never Qt."""
