/**
 * Refuses an owner change that would hand a chat about the account manager to that manager (the native chat transfer,
 * Omni-Channel, API). Thin: the check is in ComplaintOwnerGuard, which never throws, and it runs on updates only, so a
 * new chat is never held up.
 */
trigger MessagingSessionComplaintGuard on MessagingSession(before update) {
    ComplaintOwnerGuard.beforeUpdate(Trigger.new, Trigger.oldMap);
}
