"""Small pieces every screen shares: background tasks and error display."""
