/**
 * Refuses an owner change that would hand a complaint about the account manager to that manager (Change Owner, API,
 * transfers, Omni-Channel), and a cleared complaint flag that is not the director's recorded release. On insert it
 * blanks the release fields (a new case has never been released) and the accused manager unless routing named it, and
 * stamps a flagged case; it never refuses an insert, so a new case is never held up. After the save it takes a flagged case
 * from the accused manager who has it, in a write of its own. Thin: the checks are in ComplaintOwnerGuard, which never
 * throws.
 */
trigger CaseComplaintGuard on Case(before insert, before update, after insert, after update) {
    if (Trigger.isAfter) {
        ComplaintOwnerGuard.afterSave(Trigger.new, Trigger.isInsert);
    } else if (Trigger.isInsert) {
        ComplaintOwnerGuard.beforeInsert(Trigger.new);
    } else {
        ComplaintOwnerGuard.beforeUpdate(Trigger.new, Trigger.oldMap);
    }
}
