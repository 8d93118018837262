# One file per dependency: each finds the package first (Debian, a prefix the caller gives, or
# a conda/system install), and falls back to the PyPI wheels that pyproject.toml lists as build
# requirements (cmeel-eigen, cmeel-fmt, boost-headers), located through a Python interpreter.
include(plan6_python_wheels)
include(plan6_eigen)
include(plan6_fmt)
include(plan6_boost)
