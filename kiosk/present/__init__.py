"""What visitors see, decided in pure Python: labels, numbers, timeline layout (no Qt)."""
