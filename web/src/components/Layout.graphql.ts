import { gql } from "urql";

export const Layout_Logout = gql`
  mutation Layout_Logout {
    logout {
      ok
    }
  }
`;
