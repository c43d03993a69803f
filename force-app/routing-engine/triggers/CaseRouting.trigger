/**
 * Routes new cases (Email-to-Case, web, IVR) through the routing engine. Thin: all logic is in CaseRoutingService,
 * which never throws, so an inbound email is never bounced by routing.
 */
trigger CaseRouting on Case(before insert, after insert) {
    if (Trigger.isBefore) {
        CaseRoutingService.beforeInsert(Trigger.new);
    } else {
        CaseRoutingService.afterInsert(Trigger.new);
    }
}
