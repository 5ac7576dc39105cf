"""vidai_nb: AI video editing in Jupyter notebooks."""

__version__ = "0.1.0"
