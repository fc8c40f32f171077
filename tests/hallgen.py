from benchmarks.make_hall import make_generated_hall  # noqa: F401
