/**
 * Refuses an owner change that would hand a chat about the account manager to that manager (the native chat transfer,
 * Omni-Channel, API), and a cleared complaint flag that is not the director's recorded release. On insert it blanks the
 * release fields (a new chat has never been released) and the accused manager, which it stamps itself on a flagged
 * chat; it never refuses an insert, so a new chat is never held up. After the save, a flagged chat's case is flagged too
 * (ChatComplaintCases). Thin: the checks are in ComplaintOwnerGuard and ChatComplaintCases, which never throw.
 */
trigger MessagingSessionComplaintGuard on MessagingSession(before insert, before update, after insert, after update) {
    if (Trigger.isBefore && Trigger.isInsert) {
        ComplaintOwnerGuard.beforeInsert(Trigger.new);
    } else if (Trigger.isBefore) {
        ComplaintOwnerGuard.beforeUpdate(Trigger.new, Trigger.oldMap);
    } else {
        ChatComplaintCases.afterSave(Trigger.new, Trigger.oldMap);
    }
}
