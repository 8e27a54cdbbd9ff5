"""The model: the network (network.py, TensorFlow only when built), training (train.py), bundles
(bundle.py), the engines that run it (engine.py: NumPy for the jam, TensorFlow), evaluation against
n-grams (evaluate.py, ngram.py), the session memory's count model and mixture (memory.py,
mixture.py), the sampler (sampling.py) and offline generation (generate.py).

May import: improv.music, improv.tokens, improv.data, the modules at improv's top. TensorFlow only
inside functions; the daemon never imports it."""
