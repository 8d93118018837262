#pragma once

#include <string_view>

namespace plan6 {

/** Whether a larger value of an indicator is better (jobs created) or worse (unemployment). */
enum class direction { higher_is_better, lower_is_better };

/**
 * Reads "higher"/"lower" (also "higher_is_better", "lower_is_better", "+", "-").
 * Throws std::invalid_argument naming the text otherwise.
 */
direction parse_direction(std::string_view text);

}  // namespace plan6
