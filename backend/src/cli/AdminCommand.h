#pragma once

#include "cli/Command.h"
#include "services/admin/StoreAdminService.h"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace kiroku::backend::cli {

/// Runs one administrative action of a kirokuctl command against the database in ctx.settings through
/// services::StoreAdminService, the same checks as the /v1/admin API. The service names fields by their JSON
/// names; here they become the command's options: a bad value is a usage error (std::invalid_argument, exit 64)
/// naming the option, a taken name or an unknown store or booth is a data error (exit 65) with the command's
/// message (`conflict` for a taken code, label, number or login). `action` prints its own success line.
void runAdminAction(CommandContext& ctx, const std::string& conflict,
                    const std::function<void(services::StoreAdminService&)>& action);

/// The id of the store with this code, or DataError naming --store.
std::int64_t requireStore(services::StoreAdminService& admin, const std::string& code);

} // namespace kiroku::backend::cli
