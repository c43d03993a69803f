/**
 * Refuses an owner change that would hand a complaint about the account manager to that manager (Change Owner, API,
 * transfers, Omni-Channel). Thin: the check is in ComplaintOwnerGuard, which never throws.
 */
trigger CaseComplaintGuard on Case(before update) {
    ComplaintOwnerGuard.beforeUpdate(Trigger.new, Trigger.oldMap);
}
