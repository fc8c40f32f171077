"""Procedural illustrations for a kiosk hall: deterministic Pillow poster art, one module per motif family."""
