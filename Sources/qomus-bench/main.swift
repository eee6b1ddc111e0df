// The benchmark: filled in with the search index.
print("qomus-bench")
