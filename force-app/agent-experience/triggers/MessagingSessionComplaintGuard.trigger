/**
 * Refuses an owner change that would hand a chat about the account manager to that manager (the native chat transfer,
 * Omni-Channel, API), and a cleared complaint flag that is not the director's recorded release. On insert it blanks the
 * release fields (a new chat has never been released) and the accused manager, which it stamps itself on a flagged
 * chat; it never refuses an insert, so a new chat is never held up. Thin: the checks are in ComplaintOwnerGuard, which
 * never throws.
 */
trigger MessagingSessionComplaintGuard on MessagingSession(before insert, before update) {
    if (Trigger.isInsert) {
        ComplaintOwnerGuard.beforeInsert(Trigger.new);
    } else {
        ComplaintOwnerGuard.beforeUpdate(Trigger.new, Trigger.oldMap);
    }
}
