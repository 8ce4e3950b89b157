"""The manager's team view: a heat-map of readiness and skill gaps, exportable as CSV and PNG."""
