#include "pybind11.hpp"

#include "indicators/arrays.hpp"
#include "registration.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "plan6/indicators/classify.hpp"
#include "plan6/indicators/progress_class.hpp"

namespace plan6::python {
namespace {

/**
 * Runs a classifier into new code and reason arrays of `n` rows with the GIL released;
 * returns (int32 codes, uint8 reasons, empty unless asked for).
 */
template <typename Classifier>
py::tuple codes_and_reasons(Eigen::Index n, bool with_reasons, Classifier classifier) {
  auto [codes, codes_view] = new_code_output(n);
  auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
  {
    py::gil_scoped_release nogil;
    classifier(codes_view, reasons_view);
  }
  return py::make_tuple(codes, reasons);
}

}  // namespace

void register_classify(py::module_& m) {
  m.def(
      "classify",
      [](const py::array& scores, const std::vector<double>& thresholds, const std::string& closed,
         bool with_reasons) {
        if (closed != "left" && closed != "right") {
          throw py::value_error("closed must be 'left' or 'right', not '" + closed + "'");
        }
        const double_input in = as_double_input(scores, "scores");
        const band_closed side = closed == "left" ? band_closed::left : band_closed::right;
        return codes_and_reasons(in.view.size(), with_reasons,
                                 [&](code_view codes, reason_view why) {
                                   classify(in.view, thresholds, side, codes, why);
                                 });
      },
      py::arg("scores"), py::arg("thresholds"), py::arg("closed") = "left",
      py::arg("with_reasons") = false,
      "Band codes (0 = lowest band, -1 = not comparable) of float64 scores among ascending "
      "thresholds; returns (int32 codes, uint8 reasons or an empty array).");
  m.def(
      "progress_class",
      [](const py::array& ratio, const py::array& achieved, double on_track, double acceleration,
         double limited, bool with_reasons) {
        const double_input r = as_double_input(ratio, "ratio");
        const double_input a = as_double_input(achieved, "achieved");
        const progress_thresholds t{on_track, acceleration, limited};
        return codes_and_reasons(r.view.size(), with_reasons,
                                 [&](code_view codes, reason_view why) {
                                   progress_class(r.view, a.view, t, codes, why);
                                 });
      },
      py::arg("ratio"), py::arg("achieved"), py::arg("on_track") = 0.95,
      py::arg("acceleration_needed") = 0.6, py::arg("limited_progress") = 0.0,
      py::arg("with_reasons") = false,
      "Progress class codes (0 target achieved … 4 deterioration, -1 not comparable).");
}

}  // namespace plan6::python
