#include "pybind11.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/classify.hpp"
#include "plan6/indicators/direction.hpp"
#include "plan6/indicators/growth.hpp"
#include "plan6/indicators/growth_ratio.hpp"
#include "plan6/indicators/log_growth.hpp"
#include "plan6/indicators/normalize.hpp"
#include "plan6/indicators/panel_growth.hpp"
#include "plan6/indicators/progress.hpp"
#include "plan6/indicators/progress_class.hpp"
#include "plan6/indicators/projection.hpp"
#include "plan6/indicators/required_growth.hpp"
#include "plan6/indicators/rollup.hpp"
#include "plan6/indicators/undefined_reason.hpp"

namespace plan6::python {
namespace {

// The output buffer: a new float64 array, or the caller's `out` (1-D, float64, C-contiguous,
// writable, of the right length) so that repeated calls need not allocate.
std::pair<py::array_t<double>, vector_view> output_for(const py::object& out, Eigen::Index n) {
  if (out.is_none()) return new_double_output(n);
  if (!py::isinstance<py::array_t<double>>(out)) {
    throw py::type_error("out must be a float64 numpy array");
  }
  auto array = py::reinterpret_borrow<py::array_t<double>>(out);
  if (array.ndim() != 1 || array.shape(0) != n) {
    throw py::value_error("out must be one-dimensional with " + std::to_string(n) + " values");
  }
  if (!(array.flags() & py::array::c_style) || !array.writeable()) {
    throw py::value_error("out must be C-contiguous and writable");
  }
  return {array, vector_view(array.mutable_data(), n)};
}

template <std::size_t N, std::size_t... K>
std::array<double_input, N> make_inputs(const std::array<const py::array*, N>& arrays,
                                        const std::array<const char*, N>& names,
                                        std::index_sequence<K...>) {
  return {as_double_input(*arrays[K], names[K])...};
}

template <std::size_t N, std::size_t... K>
std::array<const_vector_view, N> make_views(const std::array<double_input, N>& inputs,
                                            std::index_sequence<K...>) {
  return {inputs[K].view...};
}

// Runs an n-ary elementwise kernel over float64 arrays of equal length (the Python layer has
// broadcast them). Returns the values, or (values, reason codes) when asked.
template <std::size_t N, typename Kernel>
py::object run_nary(const std::array<const py::array*, N>& arrays,
                    const std::array<const char*, N>& names, bool with_reasons,
                    const py::object& out, Kernel kernel) {
  const std::array<double_input, N> inputs =
      make_inputs(arrays, names, std::make_index_sequence<N>{});
  const Eigen::Index n = inputs[0].view.size();
  for (std::size_t k = 1; k < N; ++k) {
    if (inputs[k].view.size() != n) {
      throw py::value_error(std::string(names[0]) + " has " + std::to_string(n) + " values but " +
                            names[k] + " has " + std::to_string(inputs[k].view.size()) +
                            ": lengths must match");
    }
  }
  auto [values, values_view] = output_for(out, n);
  auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
  const std::array<const_vector_view, N> views = make_views(inputs, std::make_index_sequence<N>{});
  {
    py::gil_scoped_release nogil;
    kernel(views, values_view, reasons_view);
  }
  if (with_reasons) return py::make_tuple(values, reasons);
  return std::move(values);
}

template <typename T>
integer_view<T> as_integer_view(const py::array& array, const char* name) {
  if (!array.dtype().is(py::dtype::of<T>())) {
    throw py::type_error(std::string(name) + " must be an int" + std::to_string(8 * sizeof(T)) +
                         " array, not " + std::string(py::str(array.dtype())));
  }
  if (array.ndim() != 1) {
    throw py::value_error(std::string(name) + " must be one-dimensional");
  }
  const auto item = static_cast<py::ssize_t>(sizeof(T));
  if (array.strides(0) % item != 0) {
    throw py::value_error(std::string(name) + " has a stride that is not a whole number of items");
  }
  return {static_cast<const T*>(array.data()), array.shape(0), array.strides(0) / item};
}

gap_policy parse_gaps(const std::string& text) {
  if (text == "strict") return gap_policy::strict;
  if (text == "previous") return gap_policy::previous_available;
  throw py::value_error("gaps must be 'strict' or 'previous', not '" + text + "'");
}

panel_method parse_method(const std::string& text) {
  if (text == "auto") return panel_method::automatic;
  if (text == "dense") return panel_method::dense;
  if (text == "sort") return panel_method::sort;
  throw py::value_error("method must be 'auto', 'dense' or 'sort', not '" + text + "'");
}

const char* method_name(panel_method method) {
  switch (method) {
    case panel_method::dense:
      return "dense";
    case panel_method::sort:
      return "sort";
    case panel_method::automatic:
      break;
  }
  return "auto";
}

template <typename Id, typename Year>
panel_growth_info panel_growth_typed(const py::array& ids, const py::array& years,
                                     const_vector_view values, integer_view<std::uint8_t> skip,
                                     gap_policy gaps, panel_method method, vector_view out,
                                     reason_view reasons) {
  const integer_view<Id> id_view = as_integer_view<Id>(ids, "ids");
  const integer_view<Year> year_view = as_integer_view<Year>(years, "years");
  py::gil_scoped_release nogil;
  return panel_growth(id_view, year_view, values, skip, gaps, method, out, reasons);
}

bool is_int32(const py::array& array) {
  return array.dtype().is(py::dtype::of<std::int32_t>());
}

py::tuple as_tuple(const indicator_value& v) {
  return py::make_tuple(v.value, static_cast<int>(v.reason));
}

py::array_t<std::int32_t> new_code_output(Eigen::Index n) {
  return py::array_t<std::int32_t>(n);
}

}  // namespace

void register_indicators(py::module_& m) {
  py::enum_<undefined_reason>(m, "UndefinedReason",
                              "Why an indicator value is undefined (NaN); NONE when defined.")
      .value("NONE", undefined_reason::none)
      .value("MISSING_INPUT", undefined_reason::missing_input)
      .value("INFINITE_INPUT", undefined_reason::infinite_input)
      .value("ZERO_BASE", undefined_reason::zero_base)
      .value("NEGATIVE_BASE", undefined_reason::negative_base)
      .value("SIGN_CHANGE", undefined_reason::sign_change)
      .value("ZERO_RANGE", undefined_reason::zero_range)
      .value("MISSING_PRIOR_YEAR", undefined_reason::missing_prior_year)
      .value("NON_POSITIVE_SPAN", undefined_reason::non_positive_span)
      .value("DUPLICATE_KEY", undefined_reason::duplicate_key)
      .value("NOT_COMPARABLE", undefined_reason::not_comparable)
      .value("OVERFLOW", undefined_reason::overflow)
      .value("INVERTED_RANGE", undefined_reason::inverted_range);

  m.def(
      "reason_names",
      []() {
        py::list names;
        for (std::uint8_t code = 0; code < undefined_reason_count; ++code) {
          names.append(std::string(reason_name(static_cast<undefined_reason>(code))));
        }
        return names;
      },
      "Names of the undefined-reason codes, indexed by code (0 is 'none').");
  m.def(
      "reason_descriptions",
      []() {
        py::list texts;
        for (std::uint8_t code = 0; code < undefined_reason_count; ++code) {
          texts.append(std::string(reason_description(static_cast<undefined_reason>(code))));
        }
        return texts;
      },
      "One-line explanations of the undefined-reason codes, indexed by code.");

  // Scalars: one call, no arrays. The fixed-direction forms skip parsing the direction
  // string, which is most of the cost of a call.
  m.def(
      "attainment_higher",
      [](double a, double t) { return attainment(a, t, direction::higher_is_better).value; },
      py::arg("actual"), py::arg("target"),
      "Attainment of one value, higher is better: actual / target; NaN when undefined.\n\n"
      ">>> attainment_higher(426, 320)\n1.33125");
  m.def(
      "attainment_scalar",
      [](double actual, double target, const std::string& dir) {
        return as_tuple(attainment(actual, target, parse_direction(dir)));
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      "Attainment of one value: (value, reason code); actual / target, or target / actual "
      "when lower is better.\n\n>>> attainment_scalar(426, 320)\n(1.33125, 0)");
  m.def(
      "gap_scalar",
      [](double actual, double target, const std::string& dir) {
        return as_tuple(gap(actual, target, parse_direction(dir)));
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      "Gap of one value in the good direction: (value, reason code).\n\n"
      ">>> gap_scalar(426, 320)\n(106.0, 0)");
  m.def(
      "growth_scalar",
      [](double current, double prior) { return as_tuple(growth(current, prior)); },
      py::arg("current"), py::arg("prior"),
      "Year-on-year growth of one value: (current / prior - 1, reason code).\n\n"
      ">>> round(growth_scalar(827, 752)[0], 6)\n0.099734");
  m.def(
      "log_growth_scalar",
      [](double current, double prior) { return as_tuple(log_growth(current, prior)); },
      py::arg("current"), py::arg("prior"), "Log growth of one value: (value, reason code).");
  m.def(
      "cagr_scalar",
      [](double start, double end, double years) { return as_tuple(cagr(start, end, years)); },
      py::arg("start"), py::arg("end"), py::arg("years"), "CAGR of one value: (value, reason).");
  m.def(
      "required_growth_scalar",
      [](double value, double target, double years) {
        return as_tuple(required_growth(value, target, years));
      },
      py::arg("value"), py::arg("target"), py::arg("years"),
      "Required growth of one value: (value, reason code).");
  m.def(
      "growth_ratio_scalar",
      [](double b, double c, double t, double e, double h, double d) {
        return as_tuple(growth_ratio(b, c, t, e, h, d));
      },
      py::arg("baseline"), py::arg("current"), py::arg("target"), py::arg("years_elapsed"),
      py::arg("years_to_target"), py::arg("direction_code"),
      "Growth ratio of one value: (value, reason code).");
  m.def(
      "progress_scalar",
      [](double a, double b, double t, double d, bool capped) {
        return as_tuple(progress(a, b, t, d, capped));
      },
      py::arg("actual"), py::arg("baseline"), py::arg("target"), py::arg("direction_code"),
      py::arg("capped"), "Progress of one value: (value, reason code).");
  m.def(
      "projection_scalar",
      [](double b, double c, double e, double a) { return as_tuple(projection(b, c, e, a)); },
      py::arg("baseline"), py::arg("current"), py::arg("years_elapsed"), py::arg("years_ahead"),
      "Projection of one value: (value, reason code).");
  m.def(
      "normalize_scalar",
      [](double v, double l, double u, double d, bool censor) {
        return as_tuple(normalize(v, l, u, d, censor));
      },
      py::arg("value"), py::arg("lower"), py::arg("upper"), py::arg("direction_code"),
      py::arg("censor"), "Normalised score of one value: (value, reason code).");
  m.def(
      "target_achieved_scalar",
      [](double c, double t, double d) { return target_achieved(c, t, d); }, py::arg("current"),
      py::arg("target"), py::arg("direction_code"),
      "1.0 / 0.0 / NaN: whether one value has reached its target.");

  m.def(
      "attainment",
      [](const py::array& actual, const py::array& target, const std::string& dir,
         bool with_reasons, const py::object& out) {
        const direction d = parse_direction(dir);
        return run_nary<2>(
            {&actual, &target}, {"actual", "target"}, with_reasons, out,
            [d](const auto& v, auto values, auto why) { attainment(v[0], v[1], d, values, why); });
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      py::arg("with_reasons") = false, py::arg("out") = py::none(),
      "Attainment over two float64 arrays of equal length, in one pass with the GIL released. "
      "Returns the values, or (values, uint8 reason codes) with with_reasons=True.");
  m.def(
      "attainment_by_code",
      [](const py::array& actual, const py::array& target, const py::array& codes,
         bool with_reasons, const py::object& out) {
        return run_nary<3>({&actual, &target, &codes}, {"actual", "target", "direction"},
                           with_reasons, out, [](const auto& v, auto values, auto why) {
                             attainment(v[0], v[1], v[2], values, why);
                           });
      },
      py::arg("actual"), py::arg("target"), py::arg("direction_codes"),
      py::arg("with_reasons") = false, py::arg("out") = py::none(),
      "Attainment with a direction per row: code > 0 higher is better, < 0 lower; NaN or 0 "
      "missing.");
  m.def(
      "gap",
      [](const py::array& actual, const py::array& target, const std::string& dir,
         bool with_reasons, const py::object& out) {
        const direction d = parse_direction(dir);
        return run_nary<2>(
            {&actual, &target}, {"actual", "target"}, with_reasons, out,
            [d](const auto& v, auto values, auto why) { gap(v[0], v[1], d, values, why); });
      },
      py::arg("actual"), py::arg("target"), py::arg("direction") = "higher",
      py::arg("with_reasons") = false, py::arg("out") = py::none(),
      "Gap over two float64 arrays of equal length.");
  m.def(
      "gap_by_code",
      [](const py::array& actual, const py::array& target, const py::array& codes,
         bool with_reasons, const py::object& out) {
        return run_nary<3>(
            {&actual, &target, &codes}, {"actual", "target", "direction"}, with_reasons, out,
            [](const auto& v, auto values, auto why) { gap(v[0], v[1], v[2], values, why); });
      },
      py::arg("actual"), py::arg("target"), py::arg("direction_codes"),
      py::arg("with_reasons") = false, py::arg("out") = py::none(),
      "Gap with a direction per row (see attainment_by_code).");
  m.def(
      "growth",
      [](const py::array& current, const py::array& prior, bool with_reasons,
         const py::object& out) {
        return run_nary<2>(
            {&current, &prior}, {"current", "prior"}, with_reasons, out,
            [](const auto& v, auto values, auto why) { growth(v[0], v[1], values, why); });
      },
      py::arg("current"), py::arg("prior"), py::arg("with_reasons") = false,
      py::arg("out") = py::none(), "Year-on-year growth over two float64 arrays of equal length.");
  m.def(
      "log_growth",
      [](const py::array& current, const py::array& prior, bool with_reasons,
         const py::object& out) {
        return run_nary<2>(
            {&current, &prior}, {"current", "prior"}, with_reasons, out,
            [](const auto& v, auto values, auto why) { log_growth(v[0], v[1], values, why); });
      },
      py::arg("current"), py::arg("prior"), py::arg("with_reasons") = false,
      py::arg("out") = py::none(), "Log growth ln(current / prior) over float64 arrays.");
  m.def(
      "cagr",
      [](const py::array& start, const py::array& end, const py::array& years, bool with_reasons,
         const py::object& out) {
        return run_nary<3>(
            {&start, &end, &years}, {"start", "end", "years"}, with_reasons, out,
            [](const auto& v, auto values, auto why) { cagr(v[0], v[1], v[2], values, why); });
      },
      py::arg("start"), py::arg("end"), py::arg("years"), py::arg("with_reasons") = false,
      py::arg("out") = py::none(), "Compound annual growth rate over float64 arrays.");
  m.def(
      "required_growth",
      [](const py::array& value, const py::array& target, const py::array& years, bool with_reasons,
         const py::object& out) {
        return run_nary<3>({&value, &target, &years}, {"value", "target", "years"}, with_reasons,
                           out, [](const auto& v, auto values, auto why) {
                             required_growth(v[0], v[1], v[2], values, why);
                           });
      },
      py::arg("value"), py::arg("target"), py::arg("years"), py::arg("with_reasons") = false,
      py::arg("out") = py::none(), "Annual growth required to reach a target in `years` years.");
  m.def(
      "growth_ratio",
      [](const py::array& baseline, const py::array& current, const py::array& target,
         const py::array& elapsed, const py::array& horizon, const py::array& codes,
         bool with_reasons, const py::object& out) {
        return run_nary<6>(
            {&baseline, &current, &target, &elapsed, &horizon, &codes},
            {"baseline", "current", "target", "years_elapsed", "years_to_target", "direction"},
            with_reasons, out, [](const auto& v, auto values, auto why) {
              growth_ratio(v[0], v[1], v[2], v[3], v[4], v[5], values, why);
            });
      },
      py::arg("baseline"), py::arg("current"), py::arg("target"), py::arg("years_elapsed"),
      py::arg("years_to_target"), py::arg("direction_codes"), py::arg("with_reasons") = false,
      py::arg("out") = py::none(), "Actual CAGR over required CAGR, signed by the direction.");
  m.def(
      "progress",
      [](const py::array& actual, const py::array& baseline, const py::array& target,
         const py::array& codes, bool capped, bool with_reasons, const py::object& out) {
        return run_nary<4>({&actual, &baseline, &target, &codes},
                           {"actual", "baseline", "target", "direction"}, with_reasons, out,
                           [capped](const auto& v, auto values, auto why) {
                             progress(v[0], v[1], v[2], v[3], capped, values, why);
                           });
      },
      py::arg("actual"), py::arg("baseline"), py::arg("target"), py::arg("direction_codes"),
      py::arg("capped") = false, py::arg("with_reasons") = false, py::arg("out") = py::none(),
      "Progress (actual - baseline) / (target - baseline) over float64 arrays.");
  m.def(
      "projection",
      [](const py::array& baseline, const py::array& current, const py::array& elapsed,
         const py::array& ahead, bool with_reasons, const py::object& out) {
        return run_nary<4>({&baseline, &current, &elapsed, &ahead},
                           {"baseline", "current", "years_elapsed", "years_ahead"}, with_reasons,
                           out, [](const auto& v, auto values, auto why) {
                             projection(v[0], v[1], v[2], v[3], values, why);
                           });
      },
      py::arg("baseline"), py::arg("current"), py::arg("years_elapsed"), py::arg("years_ahead"),
      py::arg("with_reasons") = false, py::arg("out") = py::none(),
      "Value projected years_ahead on at the observed compound growth.");
  m.def(
      "normalize",
      [](const py::array& values_in, const py::array& lower, const py::array& upper,
         const py::array& codes, bool censor, bool with_reasons, const py::object& out) {
        return run_nary<4>({&values_in, &lower, &upper, &codes},
                           {"values", "lower", "upper", "direction"}, with_reasons, out,
                           [censor](const auto& v, auto values, auto why) {
                             normalize(v[0], v[1], v[2], v[3], censor, values, why);
                           });
      },
      py::arg("values"), py::arg("lower"), py::arg("upper"), py::arg("direction_codes"),
      py::arg("censor") = true, py::arg("with_reasons") = false, py::arg("out") = py::none(),
      "Rescale to 0-100 between bounds (SDSN SDG Index).");
  m.def(
      "target_achieved",
      [](const py::array& current, const py::array& target, const py::array& codes) {
        return run_nary<3>(
            {&current, &target, &codes}, {"current", "target", "direction"}, false, py::none(),
            [](const auto& v, auto values, auto) { target_achieved(v[0], v[1], v[2], values); });
      },
      py::arg("current"), py::arg("target"), py::arg("direction_codes"),
      "1.0 where current has reached target in the direction, 0.0 where not, NaN if missing.");

  m.def(
      "classify",
      [](const py::array& scores, const std::vector<double>& thresholds, const std::string& closed,
         bool with_reasons) {
        if (closed != "left" && closed != "right") {
          throw py::value_error("closed must be 'left' or 'right', not '" + closed + "'");
        }
        const double_input in = as_double_input(scores, "scores");
        const Eigen::Index n = in.view.size();
        py::array_t<std::int32_t> codes = new_code_output(n);
        code_view codes_view(codes.mutable_data(), n);
        auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
        {
          py::gil_scoped_release nogil;
          classify(in.view, thresholds, closed == "left" ? band_closed::left : band_closed::right,
                   codes_view, reasons_view);
        }
        return py::make_tuple(codes, reasons);
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
        const Eigen::Index n = r.view.size();
        const progress_thresholds t{on_track, acceleration, limited};
        py::array_t<std::int32_t> codes = new_code_output(n);
        code_view codes_view(codes.mutable_data(), n);
        auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
        {
          py::gil_scoped_release nogil;
          progress_class(r.view, a.view, t, codes_view, reasons_view);
        }
        return py::make_tuple(codes, reasons);
      },
      py::arg("ratio"), py::arg("achieved"), py::arg("on_track") = 0.95,
      py::arg("acceleration_needed") = 0.6, py::arg("limited_progress") = 0.0,
      py::arg("with_reasons") = false,
      "Progress class codes (0 target achieved … 4 deterioration, -1 not comparable).");

  m.def(
      "panel_growth",
      [](const py::array& ids, const py::array& years, const py::array& values,
         const py::object& skip, const std::string& gaps, const std::string& method,
         bool with_reasons) {
        const double_input v = as_double_input(values, "values");
        const Eigen::Index n = v.view.size();
        integer_view<std::uint8_t> skip_view;
        py::array skip_array;
        if (!skip.is_none()) {
          skip_array =
              py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>::ensure(skip);
          if (!skip_array || skip_array.ndim() != 1) {
            throw py::value_error("skip must be a one-dimensional boolean array");
          }
          skip_view = {static_cast<const std::uint8_t*>(skip_array.data()), skip_array.shape(0), 1};
        }
        const gap_policy g = parse_gaps(gaps);
        const panel_method pm = parse_method(method);
        auto [out, out_view] = new_double_output(n);
        auto [reasons, reasons_view] = new_reason_output(with_reasons ? n : 0);
        panel_growth_info info;
        const bool id32 = is_int32(ids);
        const bool year32 = is_int32(years);
        if (id32 && year32) {
          info = panel_growth_typed<std::int32_t, std::int32_t>(ids, years, v.view, skip_view, g,
                                                                pm, out_view, reasons_view);
        } else if (id32) {
          info = panel_growth_typed<std::int32_t, std::int64_t>(ids, years, v.view, skip_view, g,
                                                                pm, out_view, reasons_view);
        } else if (year32) {
          info = panel_growth_typed<std::int64_t, std::int32_t>(ids, years, v.view, skip_view, g,
                                                                pm, out_view, reasons_view);
        } else {
          info = panel_growth_typed<std::int64_t, std::int64_t>(ids, years, v.view, skip_view, g,
                                                                pm, out_view, reasons_view);
        }
        py::dict details;
        details["method"] = method_name(info.method);
        details["factorized_ids"] = info.factorized_ids;
        details["key_space"] = info.key_space;
        details["duplicates"] = info.duplicates;
        return py::make_tuple(out, with_reasons ? py::object(reasons) : py::object(py::none()),
                              details);
      },
      py::arg("ids"), py::arg("years"), py::arg("values"), py::arg("skip") = py::none(),
      py::arg("gaps") = "strict", py::arg("method") = "auto", py::arg("with_reasons") = false,
      "Grouped year-on-year growth over int32/int64 ids and years and float64 values in any "
      "row order. Returns (values, reasons or None, details).");

  m.def(
      "rollup",
      [](const py::array& groups, std::int64_t group_count, const py::object& scores,
         const py::object& weights, const py::object& categories, std::int32_t category_count,
         std::int32_t worst_k, const std::string& worse) {
        if (worse != "lowest" && worse != "highest") {
          throw py::value_error("worse must be 'lowest' or 'highest', not '" + worse + "'");
        }
        const double_input s =
            scores.is_none() ? double_input{py::array(), make_view(nullptr, 0)}
                             : as_double_input(py::reinterpret_borrow<py::array>(scores), "score");
        const double_input w =
            weights.is_none()
                ? double_input{py::array(), make_view(nullptr, 0)}
                : as_double_input(py::reinterpret_borrow<py::array>(weights), "weight");
        py::array category_array;
        integer_view<std::int32_t> category_view;
        if (!categories.is_none()) {
          category_array = py::reinterpret_borrow<py::array>(categories);
          category_view = as_integer_view<std::int32_t>(category_array, "category");
        }
        const rollup_input in{as_integer_view<std::int64_t>(groups, "groups"),
                              group_count,
                              s.view,
                              w.view,
                              category_view,
                              category_count,
                              worst_k,
                              worse == "lowest" ? worse_end::lowest : worse_end::highest};
        rollup_result r;
        {
          py::gil_scoped_release nogil;
          r = rollup(in);
        }
        py::dict result;
        result["rows"] =
            py::array_t<std::int64_t>(static_cast<py::ssize_t>(r.rows.size()), r.rows.data());
        result["scored"] =
            py::array_t<std::int64_t>(static_cast<py::ssize_t>(r.scored.size()), r.scored.data());
        result["mean"] =
            py::array_t<double>(static_cast<py::ssize_t>(r.mean.size()), r.mean.data());
        result["weighted_mean"] = py::array_t<double>(
            static_cast<py::ssize_t>(r.weighted_mean.size()), r.weighted_mean.data());
        result["worst"] =
            py::array_t<double>(static_cast<py::ssize_t>(r.worst.size()), r.worst.data());
        result["worst_k_mean"] = py::array_t<double>(
            static_cast<py::ssize_t>(r.worst_k_mean.size()), r.worst_k_mean.data());
        result["category_counts"] = py::array_t<std::int64_t>(
            {static_cast<py::ssize_t>(group_count), static_cast<py::ssize_t>(category_count)},
            r.category_counts.data());
        result["not_comparable"] = py::array_t<std::int64_t>(
            static_cast<py::ssize_t>(r.not_comparable.size()), r.not_comparable.data());
        return result;
      },
      py::arg("groups"), py::arg("group_count"), py::arg("scores") = py::none(),
      py::arg("weights") = py::none(), py::arg("categories") = py::none(),
      py::arg("category_count") = 0, py::arg("worst_k") = 2, py::arg("worse") = "lowest",
      "Per-group counts, category counts, mean, weighted mean and worst-k of scores.");
}

}  // namespace plan6::python
