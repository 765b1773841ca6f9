"""Training data and training for the HanLP character tagger the project ships.

kg.train.synth generates tagged sentences (and, for the benchmark, whole reports) from the
generator's own data files kg/data/synth_*; kg.train.train_tagger trains and saves a model.
Nothing here runs during `kg build`.
"""
