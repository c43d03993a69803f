import { LightningElement, api } from 'lwc';
import { reasonItems } from 'c/labelFormat';
import NO_REASONS from '@salesforce/label/c.WhyHere_NoReasons';

/**
 * The reasons a routing decision gives, one per line, or a note that there are none. One list for
 * every component that shows a decision: the why-here card on a record and the rule tester.
 */
export default class RoutingReasons extends LightningElement {
  /** The decision's reasons (strings), in the engine's order. */
  @api reasons;

  noReasonsLabel = NO_REASONS;

  get items() {
    return reasonItems(this.reasons);
  }

  get hasReasons() {
    return this.items.length > 0;
  }
}
