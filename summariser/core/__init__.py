"""The base every stage stands on: data models, errors, settings, offset-preserving text views."""
