/**
 * Completes a case's First_Response milestone when its first response is stamped and its Resolution milestone when it
 * closes (ServiceLevels). Never throws: measuring must never block a case from being saved.
 */
trigger CaseMilestones on Case(after update) {
    try {
        ServiceLevels.completeMilestones(Trigger.new, Trigger.oldMap);
    } catch (Exception e) {
        // Ignored on purpose: measuring must never block a save. The milestone stays open and shows as missed.
        System.debug(LoggingLevel.WARN, 'Milestones not completed: ' + e.getMessage());
    }
}
