#pragma once

#include <cstdint>
#include <vector>

#include "plan6/common/array_view.hpp"
#include "plan6/indicators/elementwise.hpp"
#include "plan6/indicators/undefined_reason.hpp"

namespace plan6 {

/** Category codes, one per score: 0 for the lowest band up to the number of thresholds. */
using code_array = Eigen::Array<std::int32_t, Eigen::Dynamic, 1>;
using code_view = Eigen::Map<code_array>;

/** The code of a score that cannot be placed on the scale ("not comparable"). */
inline constexpr std::int32_t not_comparable_code = -1;

/**
 * Fills `out[i]` with `code_of(i, why)` for every row, and `reasons[i]` with its `why` when
 * reasons are wanted (see wants_reasons()).
 */
template <typename CodeOf>
void fill_codes(code_view out, reason_view reasons, CodeOf code_of) {
  const bool want_reasons = wants_reasons(reasons, out.size());
  for (Eigen::Index i = 0; i < out.size(); ++i) {
    undefined_reason why = undefined_reason::none;
    out[i] = code_of(i, why);
    if (want_reasons) reasons[i] = static_cast<std::uint8_t>(why);
  }
}

/** Which side of a band its threshold belongs to. */
enum class band_closed {
  left,   ///< [t_i, t_{i+1}): a score equal to a threshold goes up ("≥ 0.95 is on track")
  right,  ///< (t_i, t_{i+1}]: a score equal to a threshold stays down
};

/**
 * Checks that `thresholds` are finite and strictly increasing; throws std::invalid_argument
 * naming them otherwise (`what` names the argument in the message).
 */
void check_thresholds(const std::vector<double>& thresholds, const char* what = "thresholds");

/**
 * The band of one score among ascending `thresholds`: the number of thresholds below it
 * (left-closed bands count equal thresholds too). NaN and ±inf scores cannot be placed:
 * not_comparable_code, with `why` set to missing_input or infinite_input.
 */
std::int32_t classify(double score, const std::vector<double>& thresholds, band_closed closed,
                      undefined_reason& why) noexcept;

/**
 * classify() over an array. `out` receives the codes; `reasons` the reason of every
 * not-comparable score when it has the size of `out` (it is skipped when empty).
 * Throws std::invalid_argument on bad thresholds or sizes.
 */
void classify(const_vector_view scores, const std::vector<double>& thresholds, band_closed closed,
              code_view out, reason_view reasons);

}  // namespace plan6
