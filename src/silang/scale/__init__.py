"""Scale-out: the same pipeline steps on a Dask cluster (``silang brief --dask``)."""
