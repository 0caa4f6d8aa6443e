from postlint.cli import entry

# The guard matters: the language server's spawned worker re-imports this module.
if __name__ == "__main__":
    entry()
