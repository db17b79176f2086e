"""The pipeline: deliveries to submissions to a report; owns judging and the worker pool use."""
