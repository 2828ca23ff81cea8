"""The demo's loaders, one module per content type. Each reads and validates its files (`read…`,
which writes nothing and raises `files.DataError` on a bad file) and builds its pages (`build…`,
idempotent). `demo.loader.DemoLoader` runs them in order; the data is in ../data (see its README.md).
"""
