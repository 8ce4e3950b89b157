"""The one-to-one pack as a PDF (for the meeting page and ``cxcareer report``)."""
