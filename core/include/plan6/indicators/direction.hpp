#pragma once

namespace plan6 {

/** Whether a larger value of an indicator is better (jobs created) or worse (unemployment). */
enum class direction { higher_is_better, lower_is_better };

// The words "higher"/"lower" are read in one place, plan6.indicators.kernels.direction_codes;
// the kernels take the enum (or its codes) only.

}  // namespace plan6
