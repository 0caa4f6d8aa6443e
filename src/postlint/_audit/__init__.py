"""Auditing archives of posts already published: readers for real export formats, a local
process pool with resumable partitions, findings files and a self-contained HTML report.

An adapter like the command line: it imports only ``postlint``. ``postlint.spark`` runs the
same batch function (:func:`postlint._audit.batch.lint_posts`) on Spark executors.
"""
