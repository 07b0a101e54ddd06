"""Sourcelight on Apache Spark: who is quoted, over as many articles as the cluster holds.

Reads JSONL ({"id", "url"?, "text" | "html"} per line) or WARC archives from any path Spark reads
(local, HDFS, S3, ...), pipes each partition through the Sourcelight CLI, and writes Parquet with one
row per statement. See README.md beside this file for local mode, a cluster submit and how to ship the
CLI to the executors.

    spark-submit sourcelight_job.py --input articles.jsonl --output statements.parquet \
        --cli "node /path/to/dist/cli/sourcelight.mjs"
"""

import argparse
import json
import shlex
import subprocess
import sys

# Spark already runs one task per executor core: one CLI worker per task avoids oversubscribing them.
# Offsets count code points, as Python and Spark index strings.
CLI_ARGS = ["analyze", "--format", "jsonl", "--jobs", "1", "--offsets", "codepoint"]

# One row per statement. article_id is a string whatever type the input's id had.
COLUMNS = [
    ("article_id", "string"),
    ("url", "string"),
    ("statement_id", "string"),
    ("start", "int"),
    ("end", "int"),
    ("statement", "string"),
    ("kind", "string"),
    ("speaker", "string"),
    ("speaker_type", "string"),
    ("speaker_id", "string"),
    ("outlet", "string"),
    ("confidence", "double"),
]


def statement_rows(line):
    """One CLI output line -> one tuple per statement (in COLUMNS order); an error record -> none."""
    record = json.loads(line)
    if "error" in record:
        return []
    article_id = record.get("id", record.get("input"))
    article_id = None if article_id is None else str(article_id)
    rows = []
    for s in record["statements"]:
        speaker = s["speaker"] or {}
        rows.append(
            (
                article_id,
                record.get("url"),
                s["id"],
                s["start"],
                s["end"],
                s["text"],
                s["kind"],
                speaker.get("name"),
                speaker.get("type"),
                speaker.get("id"),
                s["outlet"],
                float(s["confidence"]),
            )
        )
    return rows


def analyze_warc_files(cli, files):
    """(path, bytes) pairs from sc.binaryFiles -> the CLI's output lines (WARC is binary: rdd.pipe
    sends text lines, so each archive goes to the CLI's stdin here instead)."""
    for _path, content in files:
        done = subprocess.run(
            shlex.split(cli) + CLI_ARGS + ["--input", "warc", "-"],
            input=bytes(content),
            stdout=subprocess.PIPE,
            check=True,
        )
        yield from done.stdout.decode("utf-8").splitlines()


def cli_output(sc, args):
    """The CLI's output lines (an RDD of str), one per document."""
    if args.input_format == "warc":
        return sc.binaryFiles(args.input).mapPartitions(lambda files: analyze_warc_files(args.cli, files))
    # Each line is already the CLI's input record: rdd.pipe streams a partition through one process,
    # and the CLI answers each line with one line, in order. checkCode: a crashed CLI fails the task.
    return sc.textFile(args.input).pipe(" ".join([args.cli] + CLI_ARGS + ["--input", "jsonl", "-"]), checkCode=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="JSONL or WARC path(s), anything Spark reads; globs work")
    parser.add_argument("--input-format", choices=["jsonl", "warc"], default="jsonl")
    parser.add_argument("--output", required=True, help="Parquet directory to write (replaced)")
    parser.add_argument("--cli", default="sourcelight", help='command that runs the CLI, e.g. "node sourcelight.mjs"')
    parser.add_argument("--master", help="e.g. local[*]; spark-submit's --master wins when given")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    from pyspark.sql import SparkSession  # imported here, so statement_rows works without Spark

    builder = SparkSession.builder.appName("sourcelight")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    failed = spark.sparkContext.accumulator(0)

    def rows_of(line):
        if '"error":' in line and "error" in json.loads(line):
            failed.add(1)
        return statement_rows(line)

    lines = cli_output(spark.sparkContext, args)
    schema = ", ".join(f"{name} {kind}" for name, kind in COLUMNS)
    spark.createDataFrame(lines.flatMap(rows_of), schema).write.mode("overwrite").parquet(args.output)
    # Documents the CLI could not analyse (bad JSON, a page with no article) give no rows, only this count.
    print(f"sourcelight: {failed.value} document(s) failed", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
