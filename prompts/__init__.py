"""Prompt templates, shipped with the package as ``factcheck.prompts``."""
