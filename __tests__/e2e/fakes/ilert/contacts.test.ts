import { call, idOf, messageOf, newFake } from "./test-client";

/** The body of a search-target as ilert-go sends it: the phone number struct has no omitempty on its region. */
const search = (segment: string, target: string) => (segment === "emails" ? { target } : { regionCode: "", target });

describe("a user's contacts (ilert_user_email_contact, ilert_user_phone_number_contact, the email contact data source)", () => {
  test.each([
    ["emails", { target: "alice.oncall@example.com" }, { target: "alice+2@example.com" }],
    ["phone-numbers", { regionCode: "DE", target: "+4915112345678" }, { regionCode: "AT", target: "+436641234567" }],
  ])(
    "%s: create (201, status OK), read, list, search by target, update in place, delete (204), 404 once gone",
    (segment, body, changed) => {
      const fake = newFake();
      const path = `/api/users/11/contacts/${segment}`;
      const created = call(fake, "POST", path, body);
      expect(created).toEqual({ status: 201, body: { ...body, id: expect.any(Number), status: "OK" } });
      const id = idOf(created);
      expect(call(fake, "GET", `${path}/${id}`).body).toEqual(created.body);
      expect(call(fake, "POST", `${path}/search-target`, search(segment, body.target)).body).toEqual(created.body);
      expect(call(fake, "GET", path).body).toContainEqual(created.body);
      expect(call(fake, "PUT", `${path}/${id}`, { ...changed, id, status: "OK" })).toEqual({
        status: 200,
        body: { ...changed, id, status: "OK" },
      });
      expect(call(fake, "GET", `/api/users/12/contacts/${segment}/${id}`).status).toBe(404);
      expect(call(fake, "DELETE", `${path}/${id}`)).toEqual({ status: 204 });
      expect(call(fake, "GET", `${path}/${id}`).status).toBe(404);
    },
  );

  test.each([
    ["emails", { target: "not-an-address" }, 'invalid emailContact: body/target: must match pattern "^[^\\s@]+@[^\\s@]+$"'],
    ["phone-numbers", { target: "+4915112345678" }, "invalid phoneContact: body: must have required property 'regionCode'"],
    [
      "phone-numbers",
      { regionCode: "de", target: "0151 1234" },
      'invalid phoneContact: body/regionCode: must match pattern "^[A-Z]{2}$"; body/target: must match pattern "^\\+?[0-9]{3,15}$"',
    ],
  ])("%s: refuses %j with 400 and the reason", (segment, body, reason) => {
    expect(messageOf(call(newFake(), "POST", `/api/users/11/contacts/${segment}`, body))).toBe(reason);
  });

  test("a reminder needs a contact of its method's kind, of its own user; a contact a reminder sends to is not deleted", () => {
    const fake = newFake();
    const email = idOf(call(fake, "POST", "/api/users/11/contacts/emails", { target: "alice.oncall@example.com" }));
    const phone = idOf(call(fake, "POST", "/api/users/11/contacts/phone-numbers", { regionCode: "DE", target: "+4915112345678" }));
    const remind = (method: string, contact: number, user = 11) =>
      call(fake, "POST", `/api/users/${user}/notification-preferences/duties`, {
        method,
        contact: { id: contact },
        beforeMin: 60,
        type: "ON_CALL",
      });
    expect(messageOf(remind("SMS", email))).toBe(`body/contact: ${email} is not a phone number contact of user 11`);
    expect(messageOf(remind("EMAIL", phone))).toBe(`body/contact: ${phone} is not an email contact of user 11`);
    expect(messageOf(remind("WHATSAPP", phone, 12))).toBe(`body/contact: ${phone} is not a phone number contact of user 12`);
    const reminder = idOf(remind("SMS", phone));
    expect(messageOf(call(fake, "DELETE", `/api/users/11/contacts/phone-numbers/${phone}`))).toBe(
      `contact ${phone} is still used by duty preference ${reminder}`,
    );
  });
});
