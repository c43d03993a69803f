import { reduceErrors } from 'c/errorMessages';

describe('c/errorMessages reduceErrors', () => {
  it('reads the message of an Apex AuraHandledException', () => {
    expect(reduceErrors({ body: { message: 'Choose a team.' }, status: 500 })).toEqual([
      'Choose a team.'
    ]);
  });

  it('reads page, field and output errors of a record save', () => {
    const error = {
      body: {
        message: 'An error occurred while trying to update the record.',
        pageErrors: [{ message: 'Insufficient access' }],
        fieldErrors: { LastTransferReason__c: [{ message: 'Bad value' }] },
        output: { errors: [{ message: 'Owner cannot be a queue for this object' }] }
      }
    };

    expect(reduceErrors(error)).toEqual([
      'Insufficient access',
      'Bad value',
      'Owner cannot be a queue for this object'
    ]);
  });

  it('reads a list of body errors from a wire adapter', () => {
    expect(reduceErrors({ body: [{ message: 'first' }, { message: 'second' }] })).toEqual([
      'first',
      'second'
    ]);
  });

  it('reads JavaScript errors and plain strings, in a list', () => {
    expect(reduceErrors([new Error('boom'), 'plain text', null])).toEqual(['boom', 'plain text']);
  });

  it('says nothing for errors without a message', () => {
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors({ body: {} })).toEqual([]);
    expect(reduceErrors({ body: { message: '   ' } })).toEqual([]);
    expect(reduceErrors({ status: 500 })).toEqual([]);
  });
});
