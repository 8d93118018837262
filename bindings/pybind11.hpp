#pragma once
// Included first by every binding file, so that all of them see the same pybind11 setup and
// the same conversions (type casters must agree across translation units: ODR).

#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

namespace py = pybind11;
