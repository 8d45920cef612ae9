"""Thin adapters between providers and the two internal shapes in bot/messages.py: a provider
payload becomes InboundMessages, an OutgoingMessage becomes the provider's call."""
