"""Small reusable widgets of the war-room screens."""
