"""Scale: analysis spread over worker processes on one machine (`parallel`) or a Dask cluster (`distributed`,
the optional `dask` extra, writing Parquet partitions of the tables)."""
