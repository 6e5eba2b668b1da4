/**
 * Contact with an account that is not a call: orders and contracts (订单、合同) recorded through the API. The silence
 * check ({@link com.voiceqa.web.silence}) counts them as contact when it learns an account's cadence.
 */
package com.voiceqa.web.contacts;
