"""Qt widgets of VisionAgent: they ask the core and show its answers."""
