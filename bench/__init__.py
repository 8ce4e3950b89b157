"""Benchmarks for the career engine (``python -m bench.bench_engine``)."""
