"""DuckDB warehouse: typed tables, comments, views and example queries (no Dagster imports)."""

from pipelines.warehouse.examples import EXAMPLE_QUERIES
from pipelines.warehouse.load import VIEWS_SQL, create_table_sql, load_duckdb, table_order

__all__ = ["EXAMPLE_QUERIES", "VIEWS_SQL", "create_table_sql", "load_duckdb", "table_order"]
