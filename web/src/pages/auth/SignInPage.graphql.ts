import { gql } from "urql";

export const SignInPage_Login = gql`
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
`;
