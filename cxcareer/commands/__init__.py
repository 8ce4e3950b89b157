"""The CLI's subcommands: each module registers its commands on the top-level parser."""
