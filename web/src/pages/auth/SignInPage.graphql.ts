import { graphql } from "../../graphql/graphql";

export const SignInPage_Login = graphql(`
  mutation SignInPage_Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        id
        displayName
        role
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
