"""The govkg ontology (govkg.ttl) and SHACL shapes (shapes.ttl), shipped as package kg.ontology.

pyproject.toml maps this folder to `kg.ontology`, so the installed package and the checkout
read the very same files; kg.graph.vocab loads them with importlib.resources.
"""
